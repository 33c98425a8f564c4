import { Job } from 'bullmq';
import { SetMetadata } from '@nestjs/common';
import { JobName, JobPayload } from './job-definitions';

export const JOB_HANDLER = Symbol('kindling:job-handler');

/** Marks a provider as the one handler of a job; the worker refuses to boot with none or two. */
export const HandlesJob = (name: JobName) => SetMetadata(JOB_HANDLER, name);

export interface JobHandler<N extends JobName> {
  /** Must be idempotent: BullMQ delivers at least once. */
  handle(payload: JobPayload<N>, job: Job): Promise<unknown>;
}
