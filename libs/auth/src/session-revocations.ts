import { Injectable, Logger } from '@nestjs/common';
import { RedisService } from '@kindling/redis';
import { AppConfig } from '@kindling/config';
import { PubSubService, Topics } from '@kindling/realtime';

/**
 * Access tokens are stateless JWTs; this deny-list makes logout and
 * refresh-token reuse end them at once instead of when they expire. An entry
 * lives as long as an access token can, so the list stays small. Each
 * revocation is also announced on pub/sub, so every API process closes the
 * session's open sockets at once.
 */
@Injectable()
export class SessionRevocations {
  private readonly logger = new Logger(SessionRevocations.name);

  constructor(
    private readonly redis: RedisService,
    private readonly config: AppConfig,
    private readonly pubsub: PubSubService,
  ) {}

  async revoke(sessionId: string): Promise<void> {
    await this.redis.client.set(this.key(sessionId), '1', 'EX', this.config.accessTokenTtlSeconds);
    try {
      await this.pubsub.publish(Topics.sessionRevoked(), { sessionId });
    } catch (error) {
      // The deny-list entry is written: every later operation on the session's sockets still fails, only their close waits.
      this.logger.warn({ err: (error as Error).message }, 'session revocation not announced: Redis unavailable');
    }
  }

  /**
   * Fails open: while Redis is unreachable a revoked session keeps working
   * until its access token expires (at most ACCESS_TOKEN_TTL_SECONDS), rather
   * than every member being signed out by an outage.
   */
  async isRevoked(sessionId: string): Promise<boolean> {
    return (await this.revokedAmong([sessionId])).has(sessionId);
  }

  /** The revoked ones among `sessionIds`, in one Redis round trip however many they are; fails open like `isRevoked`. */
  async revokedAmong(sessionIds: readonly string[]): Promise<Set<string>> {
    if (sessionIds.length === 0) return new Set();
    try {
      const entries = await this.redis.client.mget(sessionIds.map((id) => this.key(id)));
      return new Set(sessionIds.filter((_, i) => entries[i] !== null));
    } catch (error) {
      this.logger.warn({ err: (error as Error).message }, 'session revocation check skipped: Redis unavailable');
      return new Set();
    }
  }

  private key(sessionId: string): string {
    return `revoked-session:${sessionId}`;
  }
}
