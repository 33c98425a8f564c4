import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { JobQueue, JOBS } from '@kindling/jobs';

export const PROGRAM_HEALTH_SCHEDULER_ID = 'programs.health.daily';
export const CHECK_IN_REMINDERS_SCHEDULER_ID = 'programs.check-in-reminders.daily';

/** Registers the daily match-health and check-in reminder sweeps (idempotent: upsert by scheduler id). */
@Injectable()
export class ProgramSchedule implements OnApplicationBootstrap {
  constructor(private readonly jobs: JobQueue) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs
      .queue(JOBS['programs.health'].queue)
      .upsertJobScheduler(PROGRAM_HEALTH_SCHEDULER_ID, { pattern: '17 3 * * *' }, { name: 'programs.health', data: {} });
    await this.jobs
      .queue(JOBS['programs.check-in-reminders'].queue)
      .upsertJobScheduler(CHECK_IN_REMINDERS_SCHEDULER_ID, { pattern: '37 9 * * *' }, { name: 'programs.check-in-reminders', data: {} });
  }
}
