import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AppConfig, AuthLimitName } from '@kindling/config';
import { TransactionRunner } from '@kindling/database';
import { UserEntity, UsersService } from '@kindling/users';
import { EntityManager, IsNull, LessThan, Repository } from 'typeorm';
import { AccessTokenService } from './access-token.service';
import { AuthErrorCode, AuthException } from './auth.exception';
import { PasswordHasher } from './password-hasher';
import { LoginFailureLimiter, LoginFailureRules, RateDecision, RateLimit, RateLimiter } from './rate-limiter';
import { RefreshTokenEntity } from './refresh-token.entity';
import { SessionRevocations } from './session-revocations';
import { openSuccessor, sealSuccessor } from './successor-seal';

export interface Session {
  user: UserEntity;
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
}

export interface Registration {
  email: string;
  password: string;
  handle: string;
  displayName: string;
  timezone?: string | null;
}

/**
 * Sign-up and sign-in limits; AUTH_LIMITS overrides any of them (`npm start` opens them wide).
 * register*: every attempt counts. loginPerIp: every attempt counts. loginPerEmail and
 * loginPerEmailAllAddresses count failed logins only (see LoginFailureLimiter).
 */
export const AUTH_RATE_LIMITS = {
  registerPerIp: { name: 'register:ip', limit: 10, windowSeconds: 3600 },
  registerPerEmail: { name: 'register:email', limit: 5, windowSeconds: 3600 },
  loginPerIp: { name: 'login:ip', limit: 30, windowSeconds: 900 },
  loginPerEmail: { name: 'login:email', limit: 10, windowSeconds: 900 },
  loginPerEmailAllAddresses: { name: 'login:email-all', limit: 100, windowSeconds: 900 },
} satisfies Record<AuthLimitName, RateLimit>;

/** The rule in force for `name`: the table's, with the AUTH_LIMITS override applied. */
export const authLimit = (name: AuthLimitName, config: AppConfig): RateLimit => ({
  ...AUTH_RATE_LIMITS[name],
  ...config.authLimitOverrides[name],
});

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

@Injectable()
export class AuthService {
  /** Verified against when the e-mail is unknown, so both failures take the same time. */
  private decoyHash?: Promise<string>;

  constructor(
    @InjectRepository(RefreshTokenEntity) private readonly tokens: Repository<RefreshTokenEntity>,
    private readonly users: UsersService,
    private readonly tx: TransactionRunner,
    private readonly hasher: PasswordHasher,
    private readonly accessTokens: AccessTokenService,
    private readonly limiter: RateLimiter,
    private readonly loginFailures: LoginFailureLimiter,
    private readonly config: AppConfig,
    private readonly revocations: SessionRevocations,
  ) {}

  async register(input: Registration, clientIp: string): Promise<Session> {
    const email = input.email.trim().toLowerCase();
    await this.throttle(authLimit('registerPerIp', this.config), clientIp);
    await this.throttle(authLimit('registerPerEmail', this.config), email);
    const passwordHash = await this.hasher.hash(input.password);
    return this.tx.run(async ({ em }) => {
      const user = await this.users.create(em, { ...input, email, passwordHash });
      return this.openSession(em, user, randomUUID());
    });
  }

  async login(email: string, password: string, clientIp: string): Promise<Session> {
    const normalized = email.trim().toLowerCase();
    await this.throttle(authLimit('loginPerIp', this.config), clientIp);
    const failureRules: LoginFailureRules = {
      perEmail: authLimit('loginPerEmail', this.config),
      perEmailAllAddresses: authLimit('loginPerEmailAllAddresses', this.config),
    };
    this.refuseUnless(await this.loginFailures.reserve(failureRules, normalized, clientIp));
    const credentials = await this.users.findCredentials(normalized);
    const valid = await this.hasher.verify(credentials?.passwordHash ?? (await this.decoy()), password);
    if (!credentials || !valid) {
      throw new AuthException(AuthErrorCode.INVALID_CREDENTIALS, 'Wrong e-mail or password');
    }
    await this.loginFailures.release(normalized, clientIp);
    const user = await this.users.requireById(credentials.id);
    return this.tx.run(({ em }) => this.openSession(em, user, randomUUID()));
  }

  /**
   * Exchanges a refresh token for a new pair. A token already exchanged is
   * reuse (a stolen copy or a replay): the whole session family is revoked.
   * With `reuseGraceMs` (the browser's cookie refresh, where tabs share one
   * token), a token rotated less than that long ago returns the same successor
   * instead, as long as the successor is still unused.
   */
  async refresh(refreshToken: string, options: { reuseGraceMs?: number } = {}): Promise<Session> {
    const outcome = await this.tx.run(async ({ em }) => {
      const token = await em.findOne(RefreshTokenEntity, {
        where: { tokenHash: sha256(refreshToken) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!token || token.revokedAt || token.expiresAt <= new Date()) return null;
      if (token.usedAt) {
        const withinGrace = options.reuseGraceMs !== undefined && Date.now() - token.usedAt.getTime() < options.reuseGraceMs;
        const again = withinGrace ? await this.sameSuccessor(em, token, refreshToken) : null;
        if (again) return again;
        await this.revokeFamily(em, token.familyId);
        return { reusedFamily: token.familyId };
      }
      const user = await this.users.requireById(token.userId);
      const session = await this.openSession(em, user, token.familyId);
      const successorSealed = options.reuseGraceMs === undefined ? null : sealSuccessor(refreshToken, session.refreshToken);
      await em.update(RefreshTokenEntity, { id: token.id }, { usedAt: new Date(), successorSealed });
      return session;
    });
    if (outcome && 'reusedFamily' in outcome) await this.revocations.revoke(outcome.reusedFamily);
    if (outcome === null || 'reusedFamily' in outcome) {
      throw new AuthException(AuthErrorCode.INVALID_REFRESH_TOKEN, 'The refresh token is invalid, expired or already used');
    }
    return outcome;
  }

  /** The session a just-rotated token already led to (fresh access token, same successor), or null. */
  private async sameSuccessor(em: EntityManager, token: RefreshTokenEntity, refreshToken: string): Promise<Session | null> {
    const successor = token.successorSealed && openSuccessor(refreshToken, token.successorSealed);
    if (!successor) return null;
    const next = await em.findOneBy(RefreshTokenEntity, { tokenHash: sha256(successor), familyId: token.familyId });
    if (!next || next.usedAt || next.revokedAt || next.expiresAt <= new Date()) return null;
    const user = await this.users.requireById(token.userId);
    const accessToken = await this.accessTokens.sign(user.id, token.familyId);
    return { user, accessToken, refreshToken: successor, expiresIn: this.accessTokens.ttlSeconds };
  }

  /** Ends the session the token belongs to; false when the token is unknown. */
  async logout(refreshToken: string): Promise<boolean> {
    const token = await this.tokens.findOneBy({ tokenHash: sha256(refreshToken) });
    if (!token) return false;
    await this.revokeFamily(this.tokens.manager, token.familyId);
    await this.revocations.revoke(token.familyId);
    return true;
  }

  /** Deletes refresh tokens expired before `before`; returns how many. */
  async pruneExpired(before: Date): Promise<number> {
    const result = await this.tokens.delete({ expiresAt: LessThan(before) });
    return result.affected ?? 0;
  }

  private async openSession(em: EntityManager, user: UserEntity, familyId: string): Promise<Session> {
    const refreshToken = randomBytes(32).toString('base64url');
    await em.insert(RefreshTokenEntity, {
      userId: user.id,
      familyId,
      tokenHash: sha256(refreshToken),
      expiresAt: new Date(Date.now() + this.config.refreshTokenTtlDays * 86_400_000),
    });
    const accessToken = await this.accessTokens.sign(user.id, familyId);
    return { user, accessToken, refreshToken, expiresIn: this.accessTokens.ttlSeconds };
  }

  private async revokeFamily(em: EntityManager, familyId: string): Promise<void> {
    await em.update(RefreshTokenEntity, { familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  private async throttle(rule: RateLimit, subject: string): Promise<void> {
    this.refuseUnless(await this.limiter.hit(rule, subject));
  }

  private refuseUnless(decision: RateDecision): void {
    if (!decision.allowed) {
      throw new AuthException(AuthErrorCode.RATE_LIMITED, 'Too many attempts; try again later', undefined, {
        retryAfter: decision.retryAfter,
      });
    }
  }

  private decoy(): Promise<string> {
    this.decoyHash ??= this.hasher.hash(randomBytes(16).toString('hex'));
    return this.decoyHash;
  }
}
