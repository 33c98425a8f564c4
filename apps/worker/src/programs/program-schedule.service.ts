import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { JobQueue, JOBS } from '@kindling/jobs';

export const PROGRAM_HEALTH_SCHEDULER_ID = 'programs.health.daily';

/** Registers the daily match-health sweep (idempotent: upsert by scheduler id). */
@Injectable()
export class ProgramSchedule implements OnApplicationBootstrap {
  constructor(private readonly jobs: JobQueue) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs
      .queue(JOBS['programs.health'].queue)
      .upsertJobScheduler(PROGRAM_HEALTH_SCHEDULER_ID, { pattern: '17 3 * * *' }, { name: 'programs.health', data: {} });
  }
}
