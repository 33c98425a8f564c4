import { Injectable } from '@nestjs/common';
import { MembershipsService, MembershipStatus } from '@kindling/communities';
import { isJobMatch, JobListingService, JobStatus } from '@kindling/job-board';
import { HandlesJob, JobHandler, JobPayload, JobQueue } from '@kindling/jobs';
import { NotificationsService, NotificationType } from '@kindling/notifications';
import { UsersService } from '@kindling/users';

export const MEMBER_BATCH = 500;

/**
 * JOB_MATCH to the ACTIVE members of the job's community whose skills match
 * it (never the poster). One batch of members per job, which enqueues the
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
    if (!job?.communityId || job.status !== JobStatus.OPEN) return 0; // closed or expired before we got to it
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
}
