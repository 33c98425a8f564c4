import { hostname } from 'node:os';
import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService, Reflector } from '@nestjs/core';
import { RedisService } from '@kindling/redis';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { Job, UnrecoverableError, Worker } from 'bullmq';
import { JobName, JOBS, QueueName, QUEUES } from './job-definitions';
import { JOB_HANDLER, JobHandler } from './job-handler.decorator';
import { JobQueue } from './job-queue.service';

/** Maps every job name to its handlers; throws unless each job has exactly one. */
export function resolveJobHandlers(found: Array<{ name: string; handler: JobHandler<JobName> }>): Map<JobName, JobHandler<JobName>> {
  const problems: string[] = [];
  const byName = new Map<JobName, JobHandler<JobName>>();
  for (const name of Object.keys(JOBS) as JobName[]) {
    const matching = found.filter((f) => f.name === name);
    if (matching.length === 0) problems.push(`${name}: no handler`);
    else if (matching.length > 1) problems.push(`${name}: ${matching.length} handlers`);
    else byName.set(name, matching[0].handler);
  }
  for (const { name } of found) if (!(name in JOBS)) problems.push(`${name}: handler for an unknown job`);
  if (problems.length > 0) throw new Error(`Job handlers are inconsistent:\n  ${problems.join('\n  ')}`);
  return byName;
}

/** Sorted set (under the Redis prefix): worker id → when it last proved it is alive and connected (ms). */
export const WORKER_HEARTBEATS_KEY = 'jobs:worker-heartbeats';
/** Counter (under the Redis prefix): jobs completed by all workers, so health can see progress, not just a PING. */
export const JOBS_COMPLETED_KEY = 'jobs:completed';
export const WORKER_HEARTBEAT_EVERY_MS = 2_000;

/** Runs one BullMQ worker per queue and dispatches each job to its single handler. */
@Injectable()
export class JobWorkerHost implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(JobWorkerHost.name);
  private readonly workers: Worker[] = [];
  private handlers = new Map<JobName, JobHandler<JobName>>();
  private readonly workerId = `${hostname()}:${process.pid}`;
  private heartbeat?: NodeJS.Timeout;

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly reflector: Reflector,
    private readonly redis: RedisService,
    private readonly jobs: JobQueue,
  ) {}

  onApplicationBootstrap(): void {
    const found = this.discovery
      .getProviders()
      .filter((wrapper) => wrapper.instance && wrapper.metatype)
      .map((wrapper) => ({ name: this.reflector.get<string>(JOB_HANDLER, wrapper.metatype!), handler: wrapper.instance }))
      .filter((entry): entry is { name: string; handler: JobHandler<JobName> } => typeof entry.name === 'string');
    this.handlers = resolveJobHandlers(found);
    for (const queue of QUEUES) this.workers.push(this.startWorker(queue));
    this.heartbeat = setInterval(() => void this.beat(), WORKER_HEARTBEAT_EVERY_MS).unref();
    void this.beat();
  }

  /** Written only while the workers' connections are up: a stale heartbeat means no worker can take jobs. */
  private async beat(): Promise<void> {
    if (this.workers.some((w) => !w.isRunning())) return;
    const now = Date.now();
    await this.redis.client
      .multi()
      .zadd(WORKER_HEARTBEATS_KEY, now, this.workerId)
      .zremrangebyscore(WORKER_HEARTBEATS_KEY, '-inf', now - 3_600_000)
      .exec()
      .catch(() => undefined); // Redis is down: the heartbeat goes stale, which is the point.
  }

  private startWorker(queue: QueueName): Worker {
    const worker = new Worker(queue, (job) => this.dispatch(job), {
      connection: this.redis.connectBlocking(`worker:${queue}`),
      prefix: this.jobs.bullPrefix(),
      concurrency: 8,
      // A live worker renews its locks; a dead one's jobs go back to the queue within ~20 s, not a minute.
      lockDuration: 15_000,
      stalledInterval: 5_000,
    });
    worker.on('failed', (job, err) =>
      this.logger.warn({ job: job?.name, id: job?.id, attemptsMade: job?.attemptsMade, err: err.message }, 'job failed'),
    );
    worker.on('completed', () => void this.redis.client.incr(JOBS_COMPLETED_KEY).catch(() => undefined));
    worker.on('error', (err) => this.logger.error({ err: err.message }, 'worker error'));
    return worker;
  }

  private async dispatch(job: Job): Promise<unknown> {
    const name = job.name as JobName;
    const handler = this.handlers.get(name);
    if (!handler) throw new UnrecoverableError(`no handler for job ${job.name}`);
    const payloadClass: new () => object = JOBS[name].payload;
    const payload = plainToInstance(payloadClass, job.data ?? {});
    const errors = validateSync(payload, { whitelist: true, forbidNonWhitelisted: true });
    if (errors.length > 0) throw new UnrecoverableError(`invalid payload for ${job.name}: ${errors.map((e) => e.property).join(', ')}`);
    return handler.handle(payload as never, job);
  }

  /** Before the Redis and Postgres connections close (onApplicationShutdown): active jobs finish first. */
  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.heartbeat);
    await Promise.all(this.workers.map((w) => w.close()));
    await this.redis.client.zrem(WORKER_HEARTBEATS_KEY, this.workerId).catch(() => undefined);
  }
}
