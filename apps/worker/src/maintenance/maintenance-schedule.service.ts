import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { JobQueue, JOBS } from '@kindling/jobs';

/** Registers the repeatable maintenance jobs (idempotent: upsert by scheduler id). */
@Injectable()
export class MaintenanceSchedule implements OnApplicationBootstrap {
  constructor(private readonly jobs: JobQueue) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs
      .queue(JOBS['auth.prune-sessions'].queue)
      .upsertJobScheduler('auth.prune-sessions:daily', { pattern: '17 3 * * *' }, { name: 'auth.prune-sessions', data: {} });
  }
}
