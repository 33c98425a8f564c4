import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { JOBS } from '../job-definitions';
import { JobQueue, OutboxJob } from '../job-queue.service';

/** Rows younger than this are left to the process that committed them (it enqueues right after its commit). */
export const OUTBOX_GRACE_MS = 5_000;
const RELAY_EVERY_MS = 2_000;
const RELAY_BATCH = 500;

/**
 * Enqueues the jobs a committed change left in the outbox (Redis refused them,
 * or the process died between commit and enqueue). Runs in every worker;
 * `FOR UPDATE SKIP LOCKED` gives each row to one of them, and a row is deleted
 * only in the transaction that enqueued it.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.running ??= this.relay()
        .catch((error: Error) => this.logger.warn({ err: error.message }, 'outbox relay failed; retrying'))
        .finally(() => (this.running = undefined));
    }, RELAY_EVERY_MS).unref();
  }

  /** Enqueues and deletes outbox rows older than `graceMs`, batch by batch; returns how many. */
  async relay(graceMs = OUTBOX_GRACE_MS): Promise<number> {
    let relayed = 0;
    for (;;) {
      const count = await this.dataSource.transaction(async (em) => {
        const rows: Array<OutboxJob & { id: string }> = await em.query(
          `SELECT id::text AS id, name, payload, job_id AS "jobId" FROM job_outbox
            WHERE created_at < now() - make_interval(secs => $1) ORDER BY job_outbox.id LIMIT $2 FOR UPDATE SKIP LOCKED`,
          [graceMs / 1000, RELAY_BATCH],
        );
        if (rows.length === 0) return 0;
        const known = rows.filter((r) => r.name in JOBS);
        if (known.length < rows.length)
          this.logger.error({ jobs: rows.filter((r) => !known.includes(r)) }, 'outbox rows for jobs that no longer exist dropped');
        await this.jobs.addAll(known); // throws while Redis is away: the transaction rolls back, the rows stay
        await em.query(`DELETE FROM job_outbox WHERE id = ANY($1::bigint[])`, [rows.map((r) => r.id)]);
        return rows.length;
      });
      relayed += count;
      if (count < RELAY_BATCH) break;
    }
    if (relayed > 0) this.logger.log({ jobs: relayed }, 'enqueued jobs left in the outbox');
    return relayed;
  }

  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }
}
