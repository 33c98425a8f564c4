import { JobsOptions } from 'bullmq';
import { IsISO8601, IsOptional, Matches } from 'class-validator';
import { ID_PATTERN } from '@kindling/core';

/** Queue names are part of the stored data in Redis: never rename one. */
export const QUEUES = ['maintenance', 'notifications'] as const;
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

/** Job name → payload class. Every job has exactly one handler in the worker (checked at boot). */
export const JOBS = {
  'auth.prune-sessions': { queue: 'maintenance', payload: PruneSessionsPayload },
  /** A member asked to join a private community: tell its owners and moderators. */
  'notify.membership-requested': { queue: 'notifications', payload: MembershipPayload },
  /** A pending request was approved: tell the member. */
  'notify.membership-approved': { queue: 'notifications', payload: MembershipApprovedPayload },
} as const satisfies Record<string, { queue: QueueName; payload: new () => object; options?: JobsOptions }>;

export type JobName = keyof typeof JOBS;
export type JobPayload<N extends JobName> = InstanceType<(typeof JOBS)[N]['payload']>;

export const DEFAULT_JOB_OPTIONS: JobsOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 1_000 },
  removeOnComplete: { age: 3_600, count: 1_000 },
  removeOnFail: { age: 7 * 24 * 3_600 },
};
