import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { RedisService } from '@kindling/redis';
import { JobsOptions, Queue } from 'bullmq';
import { DEFAULT_JOB_OPTIONS, JobName, JobPayload, JOBS, QueueName } from './job-definitions';

export interface EnqueueOptions {
  /** Deterministic id: enqueueing the same logical job twice adds it once. BullMQ refuses ':' in it; use '.'. */
  jobId?: string;
  delay?: number;
}

interface Deferred {
  queue: QueueName;
  name: JobName;
  payload: object;
  options: JobsOptions;
}

/** Jobs kept in memory for a retry when Redis refused them; past this, the oldest are dropped (and logged). */
const MAX_DEFERRED = 10_000;
const RETRY_EVERY_MS = 1_000;
const DRAIN_ON_SHUTDOWN_MS = 3_000;

/**
 * The typed producer side: `enqueue('name', payload)` checks the payload against the job map.
 *
 * When Redis refuses a job (an outage: commands fail fast), `enqueue` still
 * rejects, so a caller inside a job fails and is retried by BullMQ, but the
 * job is also kept and re-added every second until Redis takes it, so an
 * after-commit enqueue in a request is not lost when Redis blips. Retrying is
 * safe: jobs carry deterministic ids and handlers are idempotent.
 */
@Injectable()
export class JobQueue implements OnApplicationShutdown {
  private readonly logger = new Logger(JobQueue.name);
  private readonly queues = new Map<QueueName, Queue>();
  private readonly deferred = new Map<string, Deferred>();
  private retryTimer?: NodeJS.Timeout;
  private anonymous = 0;

  constructor(private readonly redis: RedisService) {}

  async enqueue<N extends JobName>(name: N, payload: JobPayload<N>, options: EnqueueOptions = {}): Promise<void> {
    const definition = JOBS[name] as { queue: QueueName; options?: JobsOptions };
    const job: Deferred = {
      queue: definition.queue,
      name,
      payload,
      options: { ...DEFAULT_JOB_OPTIONS, ...definition.options, ...options },
    };
    try {
      await this.add(job);
    } catch (error) {
      this.defer(job);
      throw error;
    }
  }

  /** Jobs waiting for Redis to come back. */
  get deferredCount(): number {
    return this.deferred.size;
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

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.retryTimer);
    if (this.deferred.size > 0)
      await Promise.race([this.retryDeferred(), new Promise((resolve) => setTimeout(resolve, DRAIN_ON_SHUTDOWN_MS).unref())]);
    if (this.deferred.size > 0)
      this.logger.error({ jobs: [...this.deferred.keys()] }, `${this.deferred.size} deferred job(s) lost at shutdown`);
    await Promise.all([...this.queues.values()].map((q) => q.close().catch(() => undefined)));
  }

  private async add(job: Deferred): Promise<void> {
    await this.queue(job.queue).add(job.name, job.payload, job.options);
  }

  private defer(job: Deferred): void {
    const key = `${job.queue}/${job.options.jobId ?? `anonymous.${++this.anonymous}`}`;
    this.deferred.delete(key);
    this.deferred.set(key, job);
    if (this.deferred.size > MAX_DEFERRED) {
      const oldest = this.deferred.keys().next().value!;
      this.deferred.delete(oldest);
      this.logger.error({ job: oldest }, 'deferred job dropped: too many jobs waiting for Redis');
    }
    this.logger.warn(
      { job: job.name, jobId: job.options.jobId, deferred: this.deferred.size },
      'enqueue failed; retrying when Redis is back',
    );
    this.retryTimer ??= setInterval(() => void this.retryDeferred(), RETRY_EVERY_MS).unref();
  }

  private retrying = false;

  private async retryDeferred(): Promise<void> {
    if (this.retrying) return;
    this.retrying = true;
    try {
      for (const [key, job] of this.deferred) {
        try {
          await this.add(job);
          this.deferred.delete(key);
        } catch {
          return; // still down: try again on the next tick
        }
      }
      this.logger.log('deferred jobs enqueued');
      clearInterval(this.retryTimer);
      this.retryTimer = undefined;
    } finally {
      this.retrying = false;
    }
  }
}
