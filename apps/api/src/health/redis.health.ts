import { Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { RedisService } from '@kindling/redis';

@Injectable()
export class RedisHealthIndicator {
  constructor(
    private readonly redis: RedisService,
    private readonly indicator: HealthIndicatorService,
  ) {}

  async check(key = 'redis') {
    const check = this.indicator.check(key);
    try {
      const ok = await Promise.race([
        this.redis.ping(),
        new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 1_000).unref()),
      ]);
      return ok ? check.up() : check.down({ message: 'no PONG within 1s' });
    } catch {
      return check.down({ message: 'unreachable' });
    }
  }
}
