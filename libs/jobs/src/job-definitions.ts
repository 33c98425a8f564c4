import { JobsOptions } from 'bullmq';
import { IsOptional, IsISO8601 } from 'class-validator';

/** Queue names are part of the stored data in Redis: never rename one. */
export const QUEUES = ['maintenance'] as const;
export type QueueName = (typeof QUEUES)[number];

// Payloads carry ids and scalars only; handlers load the rows they need.
export class PruneSessionsPayload {
  /** Prune refresh tokens that expired before this instant; defaults to now. */
  @IsOptional()
  @IsISO8601()
  before?: string;
}

/** Job name → payload class. Every job has exactly one handler in the worker (checked at boot). */
export const JOBS = {
  'auth.prune-sessions': { queue: 'maintenance', payload: PruneSessionsPayload },
} as const satisfies Record<string, { queue: QueueName; payload: new () => object; options?: JobsOptions }>;

export type JobName = keyof typeof JOBS;
export type JobPayload<N extends JobName> = InstanceType<(typeof JOBS)[N]['payload']>;

export const DEFAULT_JOB_OPTIONS: JobsOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 1_000 },
  removeOnComplete: { age: 3_600, count: 1_000 },
  removeOnFail: { age: 7 * 24 * 3_600 },
};
