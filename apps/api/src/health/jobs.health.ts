import { Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { JOBS_COMPLETED_KEY, JobQueue, QUEUES, WORKER_HEARTBEAT_EVERY_MS, WORKER_HEARTBEATS_KEY } from '@kindling/jobs';
import { RedisService } from '@kindling/redis';

/** A worker whose heartbeat is older than this is gone (or cut off from Redis). */
export const WORKER_STALE_MS = WORKER_HEARTBEAT_EVERY_MS * 5;
/** Jobs waiting longer than this mean the workers are not keeping up (or not taking jobs at all). */
export const MAX_QUEUE_LAG_MS = 60_000;

/**
 * Whether background work progresses, not only whether Redis answers: a live
 * worker heartbeat, the age of the oldest waiting job per queue (lag) and how
 * many jobs the workers have completed so far.
 */
@Injectable()
export class JobsHealthIndicator {
  constructor(
    private readonly redis: RedisService,
    private readonly jobs: JobQueue,
    private readonly indicator: HealthIndicatorService,
  ) {}

  async check(key = 'jobs') {
    const check = this.indicator.check(key);
    try {
      const now = Date.now();
      const [beats, completed, ...lags] = await Promise.all([
        this.redis.client.zrangebyscore(WORKER_HEARTBEATS_KEY, now - WORKER_STALE_MS, '+inf'),
        this.redis.client.get(JOBS_COMPLETED_KEY),
        ...QUEUES.map((queue) => this.lag(queue, now)),
      ]);
      const queues = Object.fromEntries(lags.map((l) => [l.queue, { waiting: l.waiting, lagMs: l.lagMs }]));
      const details = { workers: beats.length, completed: Number(completed ?? 0), queues, deferredEnqueues: this.jobs.deferredCount };
      if (beats.length === 0) return check.down({ ...details, message: 'no worker heartbeat' });
      const lagging = lags.filter((l) => l.lagMs > MAX_QUEUE_LAG_MS).map((l) => l.queue);
      if (lagging.length > 0)
        return check.down({ ...details, message: `jobs waiting over ${MAX_QUEUE_LAG_MS / 1000}s in ${lagging.join(', ')}` });
      return check.up(details);
    } catch {
      return check.down({ message: 'Redis unreachable' });
    }
  }

  private async lag(queue: (typeof QUEUES)[number], now: number) {
    const q = this.jobs.queue(queue);
    const [waiting, [oldest]] = await Promise.all([q.getWaitingCount(), q.getJobs(['wait'], 0, 0, true)]);
    return { queue, waiting, lagMs: oldest ? Math.max(0, now - oldest.timestamp) : 0 };
  }
}
