import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from './clock';

const SWEEP_BATCH = 1_000;

/** Stores EXPIRED on OPEN jobs past their expiry (readers already see them so); run hourly by the worker. */
@Injectable()
export class JobExpiryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** How many jobs it expired; in batches, so a large backlog never holds one long lock. Idempotent. */
  async expireDue(now: Date = this.clock.now()): Promise<number> {
    let expired = 0;
    for (;;) {
      const [, changed]: [unknown, number] = await this.dataSource.query(
        `UPDATE job_posting SET status = 'EXPIRED', updated_at = now()
          WHERE id IN (SELECT id FROM job_posting WHERE status = 'OPEN' AND expires_at <= $1 ORDER BY id LIMIT $2 FOR UPDATE SKIP LOCKED)`,
        [now, SWEEP_BATCH],
      );
      expired += changed;
      if (changed < SWEEP_BATCH) return expired;
    }
  }
}
