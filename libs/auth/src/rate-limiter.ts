import { Injectable } from '@nestjs/common';
import { RedisService } from '@kindling/redis';

export interface RateLimit {
  /** Bucket name, e.g. `login:ip`. */
  name: string;
  limit: number;
  windowSeconds: number;
}

export interface RateDecision {
  allowed: boolean;
  /** Seconds until the window resets (0 when allowed). */
  retryAfter: number;
}

// INCR, and start the window on the first hit; returns the count and the TTL left.
const HIT = `
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('EXPIRE', KEYS[1], ARGV[1]) end
return {count, redis.call('TTL', KEYS[1])}
`;

/** Fixed-window counters in Redis, shared by every API process. */
@Injectable()
export class RateLimiter {
  constructor(private readonly redis: RedisService) {}

  async hit(rule: RateLimit, subject: string): Promise<RateDecision> {
    const key = `ratelimit:${rule.name}:${subject}`;
    const [count, ttl] = (await this.redis.client.eval(HIT, 1, key, rule.windowSeconds)) as [number, number];
    if (count <= rule.limit) return { allowed: true, retryAfter: 0 };
    return { allowed: false, retryAfter: Math.max(ttl, 1) };
  }
}
