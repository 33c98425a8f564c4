import { createHash } from 'node:crypto';

/**
 * The Redis prefix for an embedded database when REDIS_PREFIX is unset: one per
 * data directory, so two clones sharing the machine's Redis never share queues.
 */
export function embeddedRedisPrefix(dataDir: string): string {
  return `kindling-${createHash('sha256').update(dataDir).digest('hex').slice(0, 8)}`;
}
