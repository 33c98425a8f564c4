import { JobsOptions } from 'bullmq';
import { IsISO8601, IsInt, IsOptional, IsString, Matches, MaxLength, Min } from 'class-validator';
import { ID_PATTERN } from '@kindling/core';

/** Queue names are part of the stored data in Redis: never rename one. */
export const QUEUES = ['maintenance', 'notifications', 'feed'] as const;
export type QueueName = (typeof QUEUES)[number];

// Payloads carry ids and scalars only; handlers load the rows they need.
export class PruneSessionsPayload {
  /** Prune refresh tokens that expired before this instant; defaults to now. */
  @IsOptional()
  @IsISO8601()
  before?: string;
}

export class MembershipPayload {
  @Matches(ID_PATTERN)
  membershipId: string;
}

export class MembershipApprovedPayload extends MembershipPayload {
  @Matches(ID_PATTERN)
  moderatorId: string;
}

export class PostPayload {
  @Matches(ID_PATTERN)
  postId: string;
}

export class FanoutPayload extends PostPayload {
  /** Where the walk over recipients resumes: each job handles one keyset batch and enqueues the next. */
  @IsOptional()
  @IsString()
  @MaxLength(64)
  cursor?: string;
}

export class CommentPayload {
  @Matches(ID_PATTERN)
  commentId: string;
}

export class ReactionPayload extends PostPayload {
  @Matches(ID_PATTERN)
  reactorId: string;
}

export class FollowPayload {
  @Matches(ID_PATTERN)
  followerId: string;

  @Matches(ID_PATTERN)
  followeeId: string;
}

export class ExpireJobsPayload {
  /** Expire open jobs whose expiry is at or before this instant; defaults to now. */
  @IsOptional()
  @IsISO8601()
  before?: string;
}

export class JobMatchPayload {
  @Matches(ID_PATTERN)
  jobPostingId: string;

  /** Where the walk over the community's members resumes (a membership id): each job handles one batch and enqueues the next. */
  @IsOptional()
  @Matches(ID_PATTERN)
  cursor?: string;
}

export class MentorshipRequestPayload {
  @Matches(ID_PATTERN)
  requestId: string;
}

export class RoomMessagePayload {
  @Matches(ID_PATTERN)
  messageId: string;
}

export class MentorshipSessionPayload {
  @Matches(ID_PATTERN)
  sessionId: string;
}

export class RoadmapPublishedPayload {
  @Matches(ID_PATTERN)
  roadmapId: string;

  @IsInt()
  @Min(1)
  version: number;

  @Matches(ID_PATTERN)
  publisherId: string;
}

export class StepVerifiedPayload {
  @Matches(ID_PATTERN)
  roomId: string;

  @Matches(ID_PATTERN)
  stepId: string;
}

export class ProgramApplicationReviewedPayload {
  @Matches(ID_PATTERN)
  applicationId: string;

  @Matches(ID_PATTERN)
  reviewerId: string;
}

export class ProgramMatchPayload {
  @Matches(ID_PATTERN)
  matchId: string;
}

export class ProgramHealthPayload {
  /** One program, or every ACTIVE program when omitted (the daily sweep). */
  @IsOptional()
  @Matches(ID_PATTERN)
  programId?: string;
}

/** The reminder sweep takes no arguments: it reminds every due pair. */
export class CheckInRemindersPayload {}

/** Job name → payload class. Every job has exactly one handler in the worker (checked at boot). */
export const JOBS = {
  'auth.prune-sessions': { queue: 'maintenance', payload: PruneSessionsPayload },
  /** A member asked to join a private community: tell its owners and moderators. */
  'notify.membership-requested': { queue: 'notifications', payload: MembershipPayload },
  /** A pending request was approved: tell the member. */
  'notify.membership-approved': { queue: 'notifications', payload: MembershipApprovedPayload },
  /** Push a new post into the timelines of the author's followers and the thread's subscribers. */
  'feed.fanout': { queue: 'feed', payload: FanoutPayload },
  /** Take a deleted post out of the timelines it reached. */
  'feed.retract': { queue: 'feed', payload: FanoutPayload },
  /** THREAD_POST to the thread's subscribers, one keyset batch per job (the cursor is the last subscriber id done). */
  'notify.thread-post': { queue: 'notifications', payload: FanoutPayload },
  'notify.mention': { queue: 'notifications', payload: PostPayload },
  'notify.post-comment': { queue: 'notifications', payload: CommentPayload },
  'notify.comment-reply': { queue: 'notifications', payload: CommentPayload },
  /** MENTION to the members a comment names who were not told yet (on creation, and on each edit naming new ones). */
  'notify.comment-mention': { queue: 'notifications', payload: CommentPayload },
  'notify.post-reaction': { queue: 'notifications', payload: ReactionPayload },
  'notify.new-follower': { queue: 'notifications', payload: FollowPayload },
  /** A follow ended (unfollow or block): take the follower out of the followee's NEW_FOLLOWER notifications. */
  'notify.follow-withdrawn': { queue: 'notifications', payload: FollowPayload },
  /** Store EXPIRED on open jobs past their expiry; scheduled hourly. */
  'jobs.expire': { queue: 'maintenance', payload: ExpireJobsPayload },
  /** A job was posted in a community: tell its active members whose skills match (JOB_MATCH), one batch per job. */
  'notify.job-match': { queue: 'notifications', payload: JobMatchPayload },
  /** A mentee asked for mentorship: tell the mentor (MENTORSHIP_REQUEST). */
  'notify.mentorship-requested': { queue: 'notifications', payload: MentorshipRequestPayload },
  /** The mentor accepted: tell the mentee (MENTORSHIP_ACCEPTED, with the room). */
  'notify.mentorship-accepted': { queue: 'notifications', payload: MentorshipRequestPayload },
  /** The mentor declined: tell the mentee (MENTORSHIP_DECLINED). */
  'notify.mentorship-declined': { queue: 'notifications', payload: MentorshipRequestPayload },
  /** A room message: tell the other participant (ROOM_MESSAGE, grouped per room). */
  'notify.room-message': { queue: 'notifications', payload: RoomMessagePayload },
  /** A session was scheduled: tell the other participant (SESSION_SCHEDULED). */
  'notify.session-scheduled': { queue: 'notifications', payload: MentorshipSessionPayload },
  /** The room's mentor verified a step of the shared enrollment: tell the mentee (STEP_VERIFIED). */
  'notify.step-verified': { queue: 'notifications', payload: StepVerifiedPayload },
  /** A roadmap version was published: tell members enrolled in an older one. */
  'notify.roadmap-published': { queue: 'notifications', payload: RoadmapPublishedPayload },
  /** A manager accepted or declined a program application: tell the applicant (PROGRAM_APPLICATION_REVIEWED). */
  'notify.program-application-reviewed': { queue: 'notifications', payload: ProgramApplicationReviewedPayload },
  /** A program's match was published: tell the mentor and the mentee (PROGRAM_MATCHED, with the room). */
  'notify.program-matched': { queue: 'notifications', payload: ProgramMatchPayload },
  /** Recompute program match health (daily, and after a check-in); PROGRAM_MATCH_AT_RISK to managers once per turn. */
  'programs.health': { queue: 'maintenance', payload: ProgramHealthPayload },
  /** Ask both members of each due pair to check in (PROGRAM_CHECK_IN_DUE), every cadenceDays or 14; scheduled daily. */
  'programs.check-in-reminders': { queue: 'maintenance', payload: CheckInRemindersPayload },
} as const satisfies Record<string, { queue: QueueName; payload: new () => object; options?: JobsOptions }>;

export type JobName = keyof typeof JOBS;
export type JobPayload<N extends JobName> = InstanceType<(typeof JOBS)[N]['payload']>;

export const DEFAULT_JOB_OPTIONS: JobsOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 1_000 },
  removeOnComplete: { age: 3_600, count: 1_000 },
  removeOnFail: { age: 7 * 24 * 3_600 },
};
