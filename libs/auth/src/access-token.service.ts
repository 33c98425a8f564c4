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

/** What a presented token is: usable, ours but past its expiry (the client should refresh), or anything else. */
export type AccessTokenCheck = { status: 'valid'; claims: AccessClaims } | { status: 'expired' } | { status: 'invalid' };

const INVALID: AccessTokenCheck = { status: 'invalid' };
const EXPIRED: AccessTokenCheck = { status: 'expired' };

/** Who issues access tokens and who they are for; verification requires both. */
export const ACCESS_TOKEN_ISSUER = 'kindling';
export const ACCESS_TOKEN_AUDIENCE = 'kindling-api';

/**
 * Short-lived HS256 access tokens, signed with JWT_SECRET (AuthModule hands it
 * to JwtModule as a key object). Verification pins the algorithm, the issuer
 * and the audience, so `alg: none`, RS/HS confusion and tokens minted for
 * another service with the same secret fail.
 */
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
      {
        subject: userId,
        algorithm: 'HS256',
        expiresIn: this.ttlSeconds,
        issuer: ACCESS_TOKEN_ISSUER,
        audience: ACCESS_TOKEN_AUDIENCE,
      },
    );
  }

  /** The claims of a valid token, or null for anything expired, forged, malformed or of an ended session. */
  async verify(token: string): Promise<AccessClaims | null> {
    const checked = await this.check(token);
    return checked.status === 'valid' ? checked.claims : null;
  }

  /**
   * Like verify, but tells an expired token apart: one whose signature, algorithm,
   * issuer, audience and claims are all good and only `exp` has passed. Anything
   * else (forged, malformed, another service's, a revoked session) is invalid.
   */
  async check(token: string): Promise<AccessTokenCheck> {
    let claims: { sub?: unknown; sid?: unknown; exp?: unknown };
    try {
      // Expiry checked below, after everything else, so only a token we issued can read as expired.
      claims = await this.jwt.verifyAsync<{ sub?: string; sid?: string; exp?: number }>(token, {
        algorithms: ['HS256'],
        issuer: ACCESS_TOKEN_ISSUER,
        audience: ACCESS_TOKEN_AUDIENCE,
        ignoreExpiration: true,
      });
    } catch {
      return INVALID;
    }
    if (!isId(claims.sub) || typeof claims.sid !== 'string' || typeof claims.exp !== 'number') return INVALID;
    // jsonwebtoken's own rule: expired once the current second reaches exp.
    if (Math.floor(Date.now() / 1000) >= claims.exp) return EXPIRED;
    if (await this.revocations.isRevoked(claims.sid)) return INVALID;
    return { status: 'valid', claims: { userId: claims.sub, sessionId: claims.sid, expiresAt: new Date(claims.exp * 1000) } };
  }
}
