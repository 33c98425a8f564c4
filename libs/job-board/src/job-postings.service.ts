import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  CommunitiesService,
  isActive,
  isBanned,
  isModerator,
  MembershipsService,
  ModerationActionType,
  ModerationLogService,
} from '@kindling/communities';
import { TransactionRunner } from '@kindling/database';
import { JobQueue } from '@kindling/jobs';
import { Clock } from './clock';
import { EmploymentType, JobStatus } from './job-board.enums';
import { JobBoardErrorCode, JobBoardException } from './job-board.exception';
import { JobListingService } from './job-listing.service';
import { JobPostingEntity } from './job-posting.entity';
import { checkApplyUrl, effectiveStatus, normalizeJobSkills, resolveExpiry } from './job-rules';
import { JobVisibility } from './job-visibility';

export interface NewJob {
  title: string;
  company: string;
  description: string;
  location?: string | null;
  remote: boolean;
  employmentType: EmploymentType;
  skills: readonly string[];
  applyUrl: string;
  communityId?: string | null;
  expiresAt?: Date | null;
}

export interface JobChanges {
  title?: string;
  description?: string;
  location?: string | null;
  remote?: boolean;
  skills?: readonly string[];
  applyUrl?: string;
  expiresAt?: Date;
}

const notFound = () => new JobBoardException(JobBoardErrorCode.JOB_NOT_FOUND, 'No such job', 'id');

/** Posting, editing and closing jobs: the poster, or a moderator of the job's community (whose closing is logged). */
@Injectable()
export class JobPostingsService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly listing: JobListingService,
    private readonly visibility: JobVisibility,
    private readonly communities: CommunitiesService,
    private readonly memberships: MembershipsService,
    private readonly moderationLog: ModerationLogService,
    private readonly jobs: JobQueue,
    private readonly clock: Clock,
  ) {}

  /** Any member; in a community only as one of its ACTIVE members. Members whose skills match hear of it (JOB_MATCH). */
  async post(viewerId: string, input: NewJob): Promise<JobPostingEntity> {
    const now = this.clock.now();
    const skills = normalizeJobSkills(input.skills);
    const applyUrl = checkApplyUrl(input.applyUrl);
    const expiresAt = resolveExpiry(input.expiresAt, now);
    const communityId = input.communityId ?? null;
    if (communityId) {
      await this.communities.require(communityId);
      if (!isActive(await this.memberships.standing(communityId, viewerId))) {
        throw new JobBoardException(
          JobBoardErrorCode.NOT_A_COMMUNITY_MEMBER,
          'Only active members post jobs in a community',
          'communityId',
        );
      }
    }
    const job = await this.tx.run(async (tx) => {
      const { em } = tx;
      const saved = await em.save(
        em.create(JobPostingEntity, {
          postedById: viewerId,
          communityId,
          title: input.title.trim(),
          company: input.company.trim(),
          description: input.description.trim(),
          location: input.location?.trim() || null,
          remote: input.remote,
          employmentType: input.employmentType,
          skills,
          applyUrl,
          status: JobStatus.OPEN,
          expiresAt,
        }),
      );
      // In a community: its active members; outside one: every member with a matching skill (at most one JOB_MATCH a day).
      await this.jobs.enqueueAfterCommit(tx, 'notify.job-match', { jobPostingId: saved.id }, { jobId: `job-match.${saved.id}` });
      return saved;
    });
    return this.listing.settle(job);
  }

  /** Only while the job is open (CONFLICT otherwise). */
  async update(viewerId: string, jobId: string, changes: JobChanges): Promise<JobPostingEntity> {
    const now = this.clock.now();
    const patch: Partial<JobPostingEntity> = {};
    if (changes.title !== undefined) patch.title = changes.title.trim();
    if (changes.description !== undefined) patch.description = changes.description.trim();
    if (changes.location !== undefined) patch.location = changes.location?.trim() || null;
    if (changes.remote !== undefined) patch.remote = changes.remote;
    if (changes.skills !== undefined) patch.skills = normalizeJobSkills(changes.skills);
    if (changes.applyUrl !== undefined) patch.applyUrl = checkApplyUrl(changes.applyUrl);
    if (changes.expiresAt !== undefined) patch.expiresAt = resolveExpiry(changes.expiresAt, now);
    return this.tx.run(async ({ em }) => {
      const { job, asModerator } = await this.lockManageable(em, viewerId, jobId);
      // Closing stays open to a banned poster (taking back); changing what the community shows does not.
      if (!asModerator && job.communityId && isBanned(await this.memberships.standing(job.communityId, viewerId, em))) {
        throw new JobBoardException(JobBoardErrorCode.BANNED, 'Members banned from the community cannot edit its jobs', 'id');
      }
      if (effectiveStatus(job, now) !== JobStatus.OPEN) {
        throw new JobBoardException(JobBoardErrorCode.JOB_NOT_OPEN, 'Only open jobs can be edited', 'id');
      }
      if (Object.keys(patch).length > 0) await em.update(JobPostingEntity, { id: jobId }, patch);
      return this.listing.settle(await em.findOneByOrFail(JobPostingEntity, { id: jobId }), now);
    });
  }

  /** Idempotent: a closed or expired job is returned as it is. A moderator's closing lands in the moderation log. */
  async close(viewerId: string, jobId: string): Promise<JobPostingEntity> {
    const now = this.clock.now();
    return this.tx.run(async ({ em }) => {
      const { job, asModerator } = await this.lockManageable(em, viewerId, jobId);
      if (effectiveStatus(job, now) !== JobStatus.OPEN) return this.listing.settle(job, now);
      await em.update(JobPostingEntity, { id: jobId }, { status: JobStatus.CLOSED, closedAt: now });
      if (asModerator) {
        await this.moderationLog.record(em, {
          communityId: job.communityId!,
          type: ModerationActionType.CLOSE_JOB,
          moderatorId: viewerId,
          targetUserId: job.postedById,
          subjectId: job.id,
        });
      }
      return this.listing.settle(await em.findOneByOrFail(JobPostingEntity, { id: jobId }), now);
    });
  }

  /**
   * Locks the job for the rest of the transaction. NOT_FOUND when the viewer
   * may not see it; FORBIDDEN when they see it but neither posted it nor moderate its community.
   */
  private async lockManageable(
    em: EntityManager,
    viewerId: string,
    jobId: string,
  ): Promise<{ job: JobPostingEntity; asModerator: boolean }> {
    const job = await em.findOne(JobPostingEntity, { where: { id: jobId }, lock: { mode: 'pessimistic_write' } });
    if (!job || !(await this.visibility.canSee(viewerId, job))) throw notFound();
    if (job.postedById === viewerId) return { job, asModerator: false };
    if (job.communityId && isModerator(await this.memberships.standing(job.communityId, viewerId, em))) return { job, asModerator: true };
    throw new JobBoardException(
      JobBoardErrorCode.NOT_JOB_POSTER,
      'Only the poster or a moderator of its community can change this job',
      'id',
    );
  }
}
