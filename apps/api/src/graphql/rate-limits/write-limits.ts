import { RateLimit } from '@kindling/auth';
import { AppConfig, WriteLimitName } from '@kindling/config';

export type { WriteLimitName } from '@kindling/config';

const HOUR = 3600;

/**
 * Per-member write limits, one fixed window each, counted in Redis so they
 * hold across API processes. Generous for people, tight for scripts; in the
 * spirit of Mastodon's (300 statuses / 3 h, 400 follows / 24 h, 10 reports / 30 min).
 * WRITE_LIMITS overrides any of them (tests lower them).
 */
export const WRITE_LIMITS: Record<WriteLimitName, RateLimit> = {
  posts: { name: 'write:posts', limit: 30, windowSeconds: HOUR },
  comments: { name: 'write:comments', limit: 60, windowSeconds: HOUR },
  follows: { name: 'write:follows', limit: 100, windowSeconds: HOUR },
  roomMessages: { name: 'write:roomMessages', limit: 60, windowSeconds: 60 },
  reports: { name: 'write:reports', limit: 20, windowSeconds: HOUR },
};

/** The rule in force for `name`: the table's, with the WRITE_LIMITS override applied. */
export function writeLimit(name: WriteLimitName, config: AppConfig): RateLimit {
  return { ...WRITE_LIMITS[name], ...config.writeLimitOverrides[name] };
}
