import { Injectable } from '@nestjs/common';
import { MembershipsService, MembershipStatus } from '@kindling/communities';
import { isJobMatch, JobListingService, JobPostingEntity, JobStatus } from '@kindling/job-board';
import { HandlesJob, JobHandler, JobPayload, JobQueue } from '@kindling/jobs';
import { NotificationsService, NotificationType } from '@kindling/notifications';
import { UsersService } from '@kindling/users';

export const MEMBER_BATCH = 500;
/** A job outside any community tells a member of at most one match per this interval. */
export const JOB_MATCH_INTERVAL_MS = 24 * 3600 * 1000;

/**
 * JOB_MATCH to the members whose skills match a job (never the poster): in a
 * community, its ACTIVE members (who alone may see it there); outside one,
 * every member, at most one such JOB_MATCH a day each. One batch of members per job, which enqueues the
 * next; notify() counts an actor once, so a redelivered batch adds nothing.
 */
@Injectable()
@HandlesJob('notify.job-match')
export class JobMatchHandler implements JobHandler<'notify.job-match'> {
  /** Members per job; tests lower it to see the batches chain. */
  batchSize = MEMBER_BATCH;

  constructor(
    private readonly listing: JobListingService,
    private readonly memberships: MembershipsService,
    private readonly users: UsersService,
    private readonly notifications: NotificationsService,
    private readonly jobs: JobQueue,
  ) {}

  /** How many members of this batch matched. */
  async handle({ jobPostingId, cursor }: JobPayload<'notify.job-match'>): Promise<number> {
    const [job] = await this.listing.findByIds([jobPostingId]);
    if (!job || job.status !== JobStatus.OPEN) return 0; // closed or expired before we got to it
    if (!job.communityId) return this.everyoneMatching(job, cursor ?? null);
    const page = await this.memberships.list(
      job.communityId,
      { status: MembershipStatus.ACTIVE },
      { first: this.batchSize, after: cursor },
    );
    const candidates = page.items.map((m) => m.userId).filter((id) => id !== job.postedById);
    const matching = (await this.users.findByIds(candidates)).filter((user) => isJobMatch(job.skills, user.skills));
    for (const member of matching) {
      await this.notifications.notify({
        recipientId: member.id,
        type: NotificationType.JOB_MATCH,
        subject: { jobId: job.id },
        actorId: job.postedById,
      });
    }
    const last = page.items.at(-1);
    if (page.hasNextPage && last) {
      await this.jobs.enqueue('notify.job-match', { jobPostingId, cursor: last.id }, { jobId: `job-match.${jobPostingId}.${last.id}` });
    }
    return matching.length;
  }

  /**
   * A job outside any community: every member whose skills match (blocks and
   * mutes respected by notify), walked in user-id batches; a member who got a
   * JOB_MATCH in the last 24 hours is skipped, so nobody hears of more than one a day.
   */
  private async everyoneMatching(job: JobPostingEntity, cursor: string | null): Promise<number> {
    const batch = await this.users.withAnySkill(job.skills, cursor, this.batchSize);
    const matching = batch.filter((user) => user.id !== job.postedById && isJobMatch(job.skills, user.skills)).map((u) => u.id);
    const since = new Date(Date.now() - JOB_MATCH_INTERVAL_MS);
    const recent = await this.notifications.notifiedSince(matching, NotificationType.JOB_MATCH, since);
    const recipients = matching.filter((id) => !recent.has(id));
    for (const recipientId of recipients) {
      await this.notifications.notify({
        recipientId,
        type: NotificationType.JOB_MATCH,
        subject: { jobId: job.id },
        actorId: job.postedById,
      });
    }
    const last = batch.at(-1);
    if (batch.length === this.batchSize && last) {
      await this.jobs.enqueue('notify.job-match', { jobPostingId: job.id, cursor: last.id }, { jobId: `job-match.${job.id}.u${last.id}` });
    }
    return recipients.length;
  }
}
