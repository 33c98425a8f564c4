import { Injectable } from '@nestjs/common';
import { RedisService } from '@kindling/redis';
import { AppConfig } from '@kindling/config';

/**
 * Access tokens are stateless JWTs; this deny-list makes logout and
 * refresh-token reuse end them at once instead of when they expire. An entry
 * lives as long as an access token can, so the list stays small.
 */
@Injectable()
export class SessionRevocations {
  constructor(
    private readonly redis: RedisService,
    private readonly config: AppConfig,
  ) {}

  async revoke(sessionId: string): Promise<void> {
    await this.redis.client.set(this.key(sessionId), '1', 'EX', this.config.accessTokenTtlSeconds);
  }

  async isRevoked(sessionId: string): Promise<boolean> {
    return (await this.redis.client.exists(this.key(sessionId))) === 1;
  }

  private key(sessionId: string): string {
    return `revoked-session:${sessionId}`;
  }
}
