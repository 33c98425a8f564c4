import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
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

/** Runs one BullMQ worker per queue and dispatches each job to its single handler. */
@Injectable()
export class JobWorkerHost implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(JobWorkerHost.name);
  private readonly workers: Worker[] = [];
  private handlers = new Map<JobName, JobHandler<JobName>>();

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
  }

  private startWorker(queue: QueueName): Worker {
    const worker = new Worker(queue, (job) => this.dispatch(job), {
      connection: this.redis.connect(`worker:${queue}`),
      prefix: this.jobs.bullPrefix(),
      concurrency: 8,
    });
    worker.on('failed', (job, err) =>
      this.logger.warn({ job: job?.name, id: job?.id, attemptsMade: job?.attemptsMade, err: err.message }, 'job failed'),
    );
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

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.close()));
  }
}
