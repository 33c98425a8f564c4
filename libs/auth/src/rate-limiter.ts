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

/** The failure buckets of one sign-in: counted per e-mail, per e-mail and address, and per e-mail over every address. */
export interface LoginFailureRules {
  /** Failures per e-mail past which an address that has failed for it is refused. */
  perEmail: RateLimit;
  /** Failures per e-mail past which every address is refused (bounds guessing from many addresses). */
  perEmailAllAddresses: RateLimit;
}

// KEYS: e-mail failures, (e-mail, address) failures, e-mail failures over all addresses.
// ARGV: perEmail limit, its window, all-addresses limit, its window.
// Refuses, or counts this attempt as a failure up front (so parallel guesses cannot all pass the check).
const RESERVE_FAILURE = `
local email = tonumber(redis.call('GET', KEYS[1]) or '0')
local pair = tonumber(redis.call('GET', KEYS[2]) or '0')
local all = tonumber(redis.call('GET', KEYS[3]) or '0')
if all >= tonumber(ARGV[3]) then return {0, redis.call('TTL', KEYS[3])} end
if pair > 0 and email >= tonumber(ARGV[1]) then
  return {0, math.min(redis.call('TTL', KEYS[1]), redis.call('TTL', KEYS[2]))}
end
for i, window in ipairs({ARGV[2], ARGV[2], ARGV[4]}) do
  if redis.call('INCR', KEYS[i]) == 1 then redis.call('EXPIRE', KEYS[i], window) end
end
return {1, 0}
`;

// The attempt succeeded: take back its reserved failure, and forget the address's earlier ones.
const RELEASE_FAILURE = `
for _, i in ipairs({1, 3}) do
  if redis.call('EXISTS', KEYS[i]) == 1 then redis.call('DECR', KEYS[i]) end
end
redis.call('DEL', KEYS[2])
`;

/**
 * Sign-in failures keyed so a stranger cannot lock the owner out: past the per-e-mail
 * limit only addresses that have failed for that e-mail are refused; a fresh address
 * still gets its try (and a wrong one counts), until the all-addresses ceiling.
 */
@Injectable()
export class LoginFailureLimiter {
  constructor(private readonly redis: RedisService) {}

  /** Before checking the password: refused, or the attempt is counted as a failure until `release`. */
  async reserve(rules: LoginFailureRules, email: string, address: string): Promise<RateDecision> {
    const [allowed, ttl] = (await this.redis.client.eval(
      RESERVE_FAILURE,
      3,
      ...this.keys(email, address),
      rules.perEmail.limit,
      rules.perEmail.windowSeconds,
      rules.perEmailAllAddresses.limit,
      rules.perEmailAllAddresses.windowSeconds,
    )) as [number, number];
    return allowed ? { allowed: true, retryAfter: 0 } : { allowed: false, retryAfter: Math.max(ttl, 1) };
  }

  /** The password was right: the reserved failure is taken back and the address starts clean. */
  async release(email: string, address: string): Promise<void> {
    await this.redis.client.eval(RELEASE_FAILURE, 3, ...this.keys(email, address));
  }

  private keys(email: string, address: string): [string, string, string] {
    return [
      `ratelimit:login-failures:email:${email}`,
      `ratelimit:login-failures:pair:${email}|${address}`,
      `ratelimit:login-failures:all:${email}`,
    ];
  }
}
