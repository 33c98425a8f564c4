import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, IsNull, LessThan, Repository } from 'typeorm';
import { CommentsService } from '@kindling/comments';
import { Page, PageRequest, toPage } from '@kindling/core';
import { isUniqueViolation } from '@kindling/database';
import { PostsService } from '@kindling/posts';
import { ReportAccess } from './report-access';
import { ReportReason, ReportStatus } from './report.enums';
import { ReportEntity } from './report.entity';
import { ReportsErrorCode, ReportsException } from './reports.exception';

export interface NewReport {
  postId?: string | null;
  commentId?: string | null;
  reason: ReportReason;
  details?: string | null;
}

type Subject = Pick<ReportEntity, 'postId' | 'commentId' | 'communityId'>;

const fail = (code: ReportsErrorCode, message: string, field?: string) => new ReportsException(code, message, field);

/** Filing and listing reports. Resolving them is ReportResolutionService. */
@Injectable()
export class ReportsService {
  constructor(
    @InjectRepository(ReportEntity) private readonly reports: Repository<ReportEntity>,
    private readonly posts: PostsService,
    private readonly comments: CommentsService,
    private readonly access: ReportAccess,
  ) {}

  /** Reports a post or a comment the viewer can see; one OPEN report per reporter and item. */
  async file(viewerId: string, input: NewReport): Promise<ReportEntity> {
    const subject = await this.requireSubject(viewerId, input);
    try {
      return await this.reports.save(
        this.reports.create({ reporterId: viewerId, ...subject, reason: input.reason, details: input.details?.trim() || null }),
      );
    } catch (error) {
      if (isUniqueViolation(error, 'uq_report_open_post') || isUniqueViolation(error, 'uq_report_open_comment')) {
        throw fail(
          ReportsErrorCode.ALREADY_REPORTED,
          'You already reported this and your report is still open',
          subject.postId ? 'postId' : 'commentId',
        );
      }
      throw error;
    }
  }

  /** Newest first, optionally one status; the community's owners and moderators only. */
  async listForCommunity(
    viewerId: string | null,
    communityId: string,
    status: ReportStatus | null | undefined,
    page: PageRequest<string>,
  ): Promise<Page<ReportEntity>> {
    if (!(await this.access.mayHandle(viewerId, communityId))) {
      throw fail(ReportsErrorCode.NOT_A_MODERATOR, 'Only owners and moderators can read the reports', 'reports');
    }
    return this.list(communityId, status, page);
  }

  /** Reports on content outside any community, newest first; platform admins only. */
  async listForAdmins(viewerId: string, status: ReportStatus | null | undefined, page: PageRequest<string>): Promise<Page<ReportEntity>> {
    if (!(await this.access.mayHandle(viewerId, null)))
      throw fail(ReportsErrorCode.ADMIN_ONLY, 'Only platform admins can read these reports', 'reports');
    return this.list(null, status, page);
  }

  findByIds(ids: readonly string[]): Promise<ReportEntity[]> {
    return ids.length === 0 ? Promise.resolve([]) : this.reports.findBy({ id: In([...ids]) });
  }

  private async list(communityId: string | null, status: ReportStatus | null | undefined, { first, after }: PageRequest<string>) {
    const rows = await this.reports.find({
      where: { communityId: communityId ?? IsNull(), ...(status && { status }), ...(after && { id: LessThan(after) }) },
      order: { id: 'DESC' },
      take: first + 1,
    });
    return toPage(rows, first);
  }

  /** The reported item and its community; what the viewer cannot see (deleted, private, blocked) is NOT_FOUND. */
  private async requireSubject(viewerId: string, { postId, commentId }: NewReport): Promise<Subject> {
    if (!postId === !commentId) throw fail(ReportsErrorCode.INVALID_SUBJECT, 'Give exactly one of postId and commentId', 'postId');
    if (postId) {
      const post = await this.posts.findVisible(viewerId, postId);
      if (!post) throw fail(ReportsErrorCode.SUBJECT_NOT_FOUND, 'No such post', 'postId');
      return { postId: post.id, commentId: null, communityId: post.communityId };
    }
    const comment = await this.comments.findVisible(viewerId, commentId!);
    if (!comment || comment.deletedAt) throw fail(ReportsErrorCode.SUBJECT_NOT_FOUND, 'No such comment', 'commentId');
    const [post] = await this.posts.findByIds([comment.postId]);
    return { postId: null, commentId: comment.id, communityId: post.communityId };
  }
}
