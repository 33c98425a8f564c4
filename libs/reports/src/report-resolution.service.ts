import { Injectable } from '@nestjs/common';
import { CommentsService } from '@kindling/comments';
import { ModerationActionType, ModerationLogService } from '@kindling/communities';
import { Transaction, TransactionRunner } from '@kindling/database';
import { JobQueue } from '@kindling/jobs';
import { PostsService } from '@kindling/posts';
import { ReportAccess } from './report-access';
import { ReportResolution, ReportStatus } from './report.enums';
import { ReportEntity } from './report.entity';
import { ReportsErrorCode, ReportsException } from './reports.exception';

/** The reported item: what the moderation log entry names. */
interface Subject {
  id: string;
  authorId: string;
}

function logType(report: ReportEntity, removing: boolean): ModerationActionType {
  if (!removing) return ModerationActionType.DISMISS_REPORT;
  return report.postId ? ModerationActionType.REMOVE_POST : ModerationActionType.REMOVE_COMMENT;
}

/**
 * Resolving a report: REMOVE_CONTENT soft-deletes the post or tombstones the
 * comment, DISMISS leaves it; either way the report is closed and, in a
 * community, the action is logged, all in one transaction. Admin actions on
 * content outside communities have no community log to go to.
 */
@Injectable()
export class ReportResolutionService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly access: ReportAccess,
    private readonly posts: PostsService,
    private readonly comments: CommentsService,
    private readonly moderationLog: ModerationLogService,
    private readonly jobs: JobQueue,
  ) {}

  async resolve(viewerId: string, reportId: string, resolution: ReportResolution): Promise<ReportEntity> {
    return this.tx.run(async (tx) => {
      const { em } = tx;
      const report = await em.findOne(ReportEntity, { where: { id: reportId }, lock: { mode: 'pessimistic_write' } });
      // Reports are private to those who handle them: anyone else learns nothing, not even that one exists.
      if (!report || !(await this.access.mayHandle(viewerId, report.communityId, em))) {
        throw new ReportsException(ReportsErrorCode.REPORT_NOT_FOUND, 'No such report', 'id');
      }
      if (report.status !== ReportStatus.OPEN) {
        throw new ReportsException(ReportsErrorCode.ALREADY_RESOLVED, 'This report is already resolved', 'id');
      }
      const removing = resolution === ReportResolution.REMOVE_CONTENT;
      const subject = removing ? await this.remove(tx, report) : await this.load(report);
      if (report.communityId) {
        await this.moderationLog.record(em, {
          communityId: report.communityId,
          type: logType(report, removing),
          moderatorId: viewerId,
          targetUserId: subject.authorId,
          subjectId: subject.id,
          reason: `Report ${report.id}: ${report.reason}`,
        });
      }
      const status = removing ? ReportStatus.ACTIONED : ReportStatus.DISMISSED;
      await em.update(ReportEntity, { id: report.id }, { status, resolvedAt: () => 'now()', resolvedById: viewerId });
      return em.findOneByOrFail(ReportEntity, { id: report.id });
    });
  }

  /** Idempotent: content its author already deleted stays deleted and the report is still ACTIONED. */
  private async remove(tx: Transaction, report: ReportEntity): Promise<Subject> {
    const { em } = tx;
    if (report.postId) {
      const [post] = await this.posts.findByIds([report.postId]);
      await this.posts.softDelete(em, post);
      await this.jobs.enqueueAfterCommit(tx, 'feed.retract', { postId: post.id }, { jobId: `retract.${post.id}` });
      return post;
    }
    const [comment] = await this.comments.findByIds([report.commentId!]);
    await this.comments.tombstone(em, comment, { id: comment.postId });
    return comment;
  }

  private async load(report: ReportEntity): Promise<Subject> {
    const [subject] = report.postId ? await this.posts.findByIds([report.postId]) : await this.comments.findByIds([report.commentId!]);
    return subject;
  }
}
