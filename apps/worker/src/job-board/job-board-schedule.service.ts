import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { JobQueue, JOBS } from '@kindling/jobs';

export const EXPIRE_JOBS_SCHEDULER_ID = 'jobs.expire.hourly';

/** Registers the hourly expiry sweep (idempotent: upsert by scheduler id). */
@Injectable()
export class JobBoardSchedule implements OnApplicationBootstrap {
  constructor(private readonly jobs: JobQueue) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs
      .queue(JOBS['jobs.expire'].queue)
      .upsertJobScheduler(EXPIRE_JOBS_SCHEDULER_ID, { pattern: '7 * * * *' }, { name: 'jobs.expire', data: {} });
  }
}
