import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { Transaction } from '@kindling/database';
import { RedisService } from '@kindling/redis';
import { JobsOptions, Queue } from 'bullmq';
import { DataSource, EntityManager } from 'typeorm';
import { DEFAULT_JOB_OPTIONS, JobName, JobPayload, JOBS, QueueName } from './job-definitions';

export interface EnqueueOptions {
  /** Deterministic id: enqueueing the same logical job twice adds it once. BullMQ refuses ':' in it; use '.'. */
  jobId?: string;
}

/** A job as the outbox stores it. */
export interface OutboxJob {
  name: string;
  payload: object;
  jobId: string | null;
}

interface PendingJob extends OutboxJob {
  outboxId: string;
}

/**
 * The typed producer side: `enqueue('name', payload)` checks the payload
 * against the job map and adds the job now; a failure rejects (a job handler
 * that enqueues then fails and BullMQ retries it).
 *
 * A change that must lead to a job uses `enqueueAfterCommit`: the job is
 * written to the `job_outbox` table in the change's own transaction, added to
 * its queue right after the commit, and its row deleted in the background. If
 * Redis refuses it or the process dies first, the row stays and the worker's
 * OutboxRelay adds it later: a committed change never loses its job. Adding a
 * job twice is safe: outbox jobs carry deterministic ids and handlers are
 * idempotent.
 */
@Injectable()
export class JobQueue implements BeforeApplicationShutdown, OnApplicationShutdown {
  private readonly logger = new Logger(JobQueue.name);
  private readonly queues = new Map<QueueName, Queue>();
  /** Outbox jobs of each open transaction, keyed by its EntityManager: one flush per commit. */
  private readonly pending = new WeakMap<EntityManager, PendingJob[]>();
  /** Outbox rows whose jobs are in their queues, waiting to be deleted. */
  private readonly enqueued: string[] = [];
  private deleting?: Promise<void>;
  private closing = false;

  constructor(
    private readonly redis: RedisService,
    private readonly dataSource: DataSource,
  ) {}

  async enqueue<N extends JobName>(name: N, payload: JobPayload<N>, options: EnqueueOptions = {}): Promise<void> {
    await this.addAll([{ name, payload, jobId: options.jobId ?? null }]);
  }

  /** Writes the job into the transaction's outbox; it is enqueued once the transaction commits (and never if it rolls back). */
  async enqueueAfterCommit<N extends JobName>(
    tx: Transaction,
    name: N,
    payload: JobPayload<N>,
    options: Required<EnqueueOptions>,
  ): Promise<void> {
    const [{ id }]: Array<{ id: string }> = await tx.em.query(
      `INSERT INTO job_outbox (name, payload, job_id) VALUES ($1, $2, $3) RETURNING id::text AS id`,
      [name, payload, options.jobId],
    );
    let batch = this.pending.get(tx.em);
    if (!batch) {
      const jobs: PendingJob[] = [];
      this.pending.set(tx.em, jobs);
      tx.afterCommit(() => this.flush(jobs));
      batch = jobs;
    }
    batch.push({ outboxId: id, name, payload, jobId: options.jobId });
  }

  /** Adds jobs to their queues, one round trip per queue. Unknown names are refused before anything is added. */
  async addAll(jobs: readonly OutboxJob[]): Promise<void> {
    const byQueue = new Map<QueueName, Array<{ name: string; data: object; opts: JobsOptions }>>();
    for (const job of jobs) {
      const definition = JOBS[job.name as JobName] as { queue: QueueName; options?: JobsOptions } | undefined;
      if (!definition) throw new Error(`unknown job ${job.name}`);
      const opts = { ...DEFAULT_JOB_OPTIONS, ...definition.options, ...(job.jobId && { jobId: job.jobId }) };
      byQueue.set(definition.queue, [...(byQueue.get(definition.queue) ?? []), { name: job.name, data: job.payload, opts }]);
    }
    await Promise.all([...byQueue].map(([queue, bulk]) => this.queue(queue).addBulk(bulk)));
  }

  queue(name: QueueName): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(name, { connection: this.redis.connect(`queue:${name}`), prefix: this.bullPrefix() });
      this.queues.set(name, queue);
    }
    return queue;
  }

  bullPrefix(): string {
    return `${this.redis.prefix}:bull`;
  }

  /** Before the HTTP server drains and Postgres closes: from now on a request deletes its rows itself, before it answers. */
  async beforeApplicationShutdown(): Promise<void> {
    this.closing = true;
    await this.deleting;
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([...this.queues.values()].map((q) => q.close().catch(() => undefined)));
  }

  private async flush(jobs: readonly PendingJob[]): Promise<void> {
    try {
      await this.addAll(jobs);
    } catch (error) {
      this.logger.warn({ err: (error as Error).message, jobs: jobs.map((j) => j.jobId) }, 'enqueue failed; the outbox relay will retry');
      return;
    }
    const ids = jobs.map((j) => j.outboxId);
    if (this.closing) await this.deleteRows(ids);
    else this.forget(ids);
  }

  /**
   * Deletes the rows of enqueued jobs in the background, many commits' worth
   * per statement, so the request does not wait for another commit. A row whose
   * delete is lost (the process died) is enqueued again by the relay: harmless.
   */
  private forget(outboxIds: readonly string[]): void {
    this.enqueued.push(...outboxIds);
    this.deleting ??= this.deleteEnqueued();
  }

  private async deleteEnqueued(): Promise<void> {
    try {
      while (this.enqueued.length > 0) await this.deleteRows(this.enqueued.splice(0, this.enqueued.length));
    } finally {
      this.deleting = undefined; // in the same step as the last emptiness check: no id is left behind
    }
  }

  private async deleteRows(ids: readonly string[]): Promise<void> {
    await this.dataSource
      .query(`DELETE FROM job_outbox WHERE id = ANY($1::bigint[])`, [ids])
      .catch((error: Error) => this.logger.warn({ err: error.message }, 'outbox rows not deleted; the relay will enqueue them again'));
  }
}
