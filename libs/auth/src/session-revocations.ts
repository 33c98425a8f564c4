import { Injectable, Logger } from '@nestjs/common';
import { RedisService } from '@kindling/redis';
import { AppConfig } from '@kindling/config';

/**
 * Access tokens are stateless JWTs; this deny-list makes logout and
 * refresh-token reuse end them at once instead of when they expire. An entry
 * lives as long as an access token can, so the list stays small.
 */
@Injectable()
export class SessionRevocations {
  private readonly logger = new Logger(SessionRevocations.name);

  constructor(
    private readonly redis: RedisService,
    private readonly config: AppConfig,
  ) {}

  async revoke(sessionId: string): Promise<void> {
    await this.redis.client.set(this.key(sessionId), '1', 'EX', this.config.accessTokenTtlSeconds);
  }

  /**
   * Fails open: while Redis is unreachable a revoked session keeps working
   * until its access token expires (at most ACCESS_TOKEN_TTL_SECONDS), rather
   * than every member being signed out by an outage.
   */
  async isRevoked(sessionId: string): Promise<boolean> {
    try {
      return (await this.redis.client.exists(this.key(sessionId))) === 1;
    } catch (error) {
      this.logger.warn({ err: (error as Error).message }, 'session revocation check skipped: Redis unavailable');
      return false;
    }
  }

  private key(sessionId: string): string {
    return `revoked-session:${sessionId}`;
  }
}
