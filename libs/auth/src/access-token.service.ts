import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AppConfig } from '@kindling/config';
import { isId } from '@kindling/core';
import { SessionRevocations } from './session-revocations';

export interface AccessClaims {
  userId: string;
  sessionId: string;
  expiresAt: Date;
}

/** Short-lived HS256 access tokens. Verification pins the algorithm, so `alg: none` and RS/HS confusion fail. */
@Injectable()
export class AccessTokenService {
  constructor(
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
    private readonly revocations: SessionRevocations,
  ) {}

  get ttlSeconds(): number {
    return this.config.accessTokenTtlSeconds;
  }

  sign(userId: string, sessionId: string): Promise<string> {
    return this.jwt.signAsync(
      { sid: sessionId },
      { subject: userId, secret: this.config.jwtSecret, algorithm: 'HS256', expiresIn: this.ttlSeconds },
    );
  }

  /** The claims of a valid token, or null for anything expired, forged, malformed or of an ended session. */
  async verify(token: string): Promise<AccessClaims | null> {
    try {
      const claims = await this.jwt.verifyAsync<{ sub?: string; sid?: string; exp?: number }>(token, {
        secret: this.config.jwtSecret,
        algorithms: ['HS256'],
      });
      if (!isId(claims.sub) || typeof claims.sid !== 'string' || typeof claims.exp !== 'number') return null;
      if (await this.revocations.isRevoked(claims.sid)) return null;
      return { userId: claims.sub, sessionId: claims.sid, expiresAt: new Date(claims.exp * 1000) };
    } catch {
      return null;
    }
  }
}
