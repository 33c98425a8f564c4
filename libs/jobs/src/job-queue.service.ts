import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { RedisService } from '@kindling/redis';
import { JobsOptions, Queue } from 'bullmq';
import { DEFAULT_JOB_OPTIONS, JobName, JobPayload, JOBS, QueueName } from './job-definitions';

export interface EnqueueOptions {
  /** Deterministic id: enqueueing the same logical job twice adds it once. BullMQ refuses ':' in it; use '.'. */
  jobId?: string;
  delay?: number;
}

/** The typed producer side: `enqueue('name', payload)` checks the payload against the job map. */
@Injectable()
export class JobQueue implements OnApplicationShutdown {
  private readonly queues = new Map<QueueName, Queue>();

  constructor(private readonly redis: RedisService) {}

  async enqueue<N extends JobName>(name: N, payload: JobPayload<N>, options: EnqueueOptions = {}): Promise<void> {
    const definition = JOBS[name] as { queue: QueueName; options?: JobsOptions };
    await this.queue(definition.queue).add(name, payload, { ...DEFAULT_JOB_OPTIONS, ...definition.options, ...options });
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
    await Promise.all([...this.queues.values()].map((q) => q.close()));
  }
}
