import { Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { JOBS_COMPLETED_KEY, JobQueue, QUEUES, WORKER_HEARTBEAT_EVERY_MS, WORKER_HEARTBEATS_KEY } from '@kindling/jobs';
import { RedisService } from '@kindling/redis';
import { DataSource } from 'typeorm';

/** A worker whose heartbeat is older than this is gone (or cut off from Redis). */
export const WORKER_STALE_MS = WORKER_HEARTBEAT_EVERY_MS * 5;
/** Jobs waiting longer than this mean the workers are not keeping up (or not taking jobs at all). */
export const MAX_QUEUE_LAG_MS = 60_000;

/**
 * Whether background work progresses, not only whether Redis answers: a live
 * worker heartbeat, the age of the oldest waiting job per queue (lag) and how
 * many jobs the workers have completed so far, and the jobs still in the outbox.
 */
@Injectable()
export class JobsHealthIndicator {
  constructor(
    private readonly redis: RedisService,
    private readonly jobs: JobQueue,
    private readonly indicator: HealthIndicatorService,
    private readonly dataSource: DataSource,
  ) {}

  async check(key = 'jobs') {
    const check = this.indicator.check(key);
    try {
      const now = Date.now();
      const [outbox, beats, completed, ...lags] = await Promise.all([
        this.outboxBacklog(),
        this.redis.client.zrangebyscore(WORKER_HEARTBEATS_KEY, now - WORKER_STALE_MS, '+inf'),
        this.redis.client.get(JOBS_COMPLETED_KEY),
        ...QUEUES.map((queue) => this.lag(queue, now)),
      ]);
      const queues = Object.fromEntries(lags.map((l) => [l.queue, { waiting: l.waiting, lagMs: l.lagMs }]));
      const details = { workers: beats.length, completed: Number(completed ?? 0), queues, outbox };
      if (beats.length === 0) return check.down({ ...details, message: 'no worker heartbeat' });
      const lagging: string[] = lags.filter((l) => l.lagMs > MAX_QUEUE_LAG_MS).map((l) => l.queue);
      if (outbox && outbox.lagMs > MAX_QUEUE_LAG_MS) lagging.push('the outbox');
      if (lagging.length > 0)
        return check.down({ ...details, message: `jobs waiting over ${MAX_QUEUE_LAG_MS / 1000}s in ${lagging.join(', ')}` });
      return check.up(details);
    } catch {
      return check.down({ message: 'Redis unreachable' });
    }
  }

  /** Committed jobs not yet in a queue (Redis was away, or a process died after commit); null when Postgres cannot tell. */
  private async outboxBacklog(): Promise<{ jobs: number; lagMs: number } | null> {
    const rows: Array<{ jobs: number; lag_ms: number }> | null = await this.dataSource
      .query(`SELECT count(*)::int AS jobs, coalesce(extract(epoch FROM now() - min(created_at)) * 1000, 0)::int AS lag_ms FROM job_outbox`)
      .catch(() => null);
    return rows ? { jobs: rows[0].jobs, lagMs: rows[0].lag_ms } : null;
  }

  private async lag(queue: (typeof QUEUES)[number], now: number) {
    const q = this.jobs.queue(queue);
    const [waiting, [oldest]] = await Promise.all([q.getWaitingCount(), q.getJobs(['wait'], 0, 0, true)]);
    return { queue, waiting, lagMs: oldest ? Math.max(0, now - oldest.timestamp) : 0 };
  }
}
