import { RateLimit } from '@kindling/auth';
import { AppConfig, WriteLimitName } from '@kindling/config';

export type { WriteLimitName } from '@kindling/config';

const HOUR = 3600;
const DAY = 24 * HOUR;

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
  /** editPost and editComment together. */
  edits: { name: 'write:edits', limit: 60, windowSeconds: HOUR },
  threads: { name: 'write:threads', limit: 10, windowSeconds: HOUR },
  communities: { name: 'write:communities', limit: 5, windowSeconds: DAY },
  reactions: { name: 'write:reactions', limit: 300, windowSeconds: HOUR },
  /** A request / withdraw loop would otherwise notify a mentor without end. */
  mentorshipRequests: { name: 'write:mentorshipRequests', limit: 10, windowSeconds: DAY },
  /** Each posting notifies every matching member. */
  jobPostings: { name: 'write:jobPostings', limit: 10, windowSeconds: DAY },
  roadmapSteps: { name: 'write:roadmapSteps', limit: 100, windowSeconds: HOUR },
  /** joinCommunity: a join / leave loop on a private community would notify its moderators without end. */
  memberships: { name: 'write:memberships', limit: 30, windowSeconds: HOUR },
  /** scheduleSession notifies the other room member. */
  sessions: { name: 'write:sessions', limit: 20, windowSeconds: HOUR },
  /** publishRoadmap notifies every enrolled member of a new version. */
  roadmapPublications: { name: 'write:roadmapPublications', limit: 10, windowSeconds: HOUR },
};

/** The rule in force for `name`: the table's, with the WRITE_LIMITS override applied. */
export function writeLimit(name: WriteLimitName, config: AppConfig): RateLimit {
  return { ...WRITE_LIMITS[name], ...config.writeLimitOverrides[name] };
}
