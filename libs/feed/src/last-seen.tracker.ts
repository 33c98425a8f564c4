import { Injectable, Logger } from '@nestjs/common';
import { RedisService } from '@kindling/redis';
import { UsersService } from '@kindling/users';

const THROTTLE_SECONDS = 3_600;
/** Members remembered in-process; past this the memory starts over (Redis still throttles). */
const MAX_REMEMBERED = 50_000;

/**
 * Records that a member was seen, at most once an hour: fan-out skips members
 * not seen for FEED_INACTIVE_DAYS. Most calls end at an in-process map; the
 * rest ask Redis (SET NX EX, shared by every API instance) before one UPDATE.
 * Never awaited by requests: a failure only delays the next touch.
 */
@Injectable()
export class LastSeenTracker {
  private readonly logger = new Logger(LastSeenTracker.name);
  private readonly throttledUntil = new Map<string, number>();

  constructor(
    private readonly redis: RedisService,
    private readonly users: UsersService,
  ) {}

  static key(userId: string): string {
    return `last-seen:${userId}`;
  }

  seen(userId: string): void {
    const now = Date.now();
    if ((this.throttledUntil.get(userId) ?? 0) > now) return;
    if (this.throttledUntil.size >= MAX_REMEMBERED) this.throttledUntil.clear();
    this.throttledUntil.set(userId, now + THROTTLE_SECONDS * 1000);
    this.touch(userId).catch((error: unknown) => this.logger.warn({ err: error, userId }, 'could not record last seen'));
  }

  private async touch(userId: string): Promise<void> {
    const first = await this.redis.client.set(LastSeenTracker.key(userId), '1', 'EX', THROTTLE_SECONDS, 'NX');
    if (first === 'OK') await this.users.touchLastSeen(userId);
  }
}
