import { isSafeHttpUrl, normalizeTags } from '@kindling/core';
import { JobBoardErrorCode, JobBoardException } from './job-board.exception';
import { JobStatus } from './job-board.enums';

/** Length caps of every string a job carries (the entity's columns and the API's inputs use the same). */
export const JOB_LIMITS = {
  title: 140,
  company: 120,
  description: 10_000,
  location: 120,
  applyUrl: 2_000,
  skill: 50,
  minSkills: 1,
  maxSkills: 20,
  query: 200,
} as const;

export const DEFAULT_EXPIRY_DAYS = 30;
export const MAX_EXPIRY_DAYS = 90;
const DAY_MS = 86_400_000;

/** Lower-cased, trimmed, inner whitespace folded, unique, order kept; 1 to 20 of at most 50 characters each. */
export function normalizeJobSkills(skills: readonly string[]): string[] {
  const normalized = normalizeTags(skills);
  if (normalized.length < JOB_LIMITS.minSkills || normalized.length > JOB_LIMITS.maxSkills) {
    throw new JobBoardException(
      JobBoardErrorCode.INVALID_SKILLS,
      `skills must list ${JOB_LIMITS.minSkills} to ${JOB_LIMITS.maxSkills} distinct skills`,
      'skills',
    );
  }
  if (normalized.some((s) => s.length > JOB_LIMITS.skill)) {
    throw new JobBoardException(JobBoardErrorCode.INVALID_SKILLS, `each skill must be at most ${JOB_LIMITS.skill} characters`, 'skills');
  }
  return normalized;
}

/** An http(s) URL safe to link to, by the one rule for every URL field (`isSafeHttpUrl`). */
export const isHttpUrl = (value: string): boolean => isSafeHttpUrl(value, JOB_LIMITS.applyUrl);

export function checkApplyUrl(value: string): string {
  const url = value.trim();
  if (!isHttpUrl(url)) throw new JobBoardException(JobBoardErrorCode.INVALID_APPLY_URL, 'applyUrl must be an http(s) URL', 'applyUrl');
  return url;
}

/** The requested expiry (in the future, at most 90 days from now), or 30 days from now when none was given. */
export function resolveExpiry(requested: Date | null | undefined, now: Date): Date {
  if (requested === null || requested === undefined) return new Date(now.getTime() + DEFAULT_EXPIRY_DAYS * DAY_MS);
  if (Number.isNaN(requested.getTime()) || requested.getTime() <= now.getTime()) {
    throw new JobBoardException(JobBoardErrorCode.INVALID_EXPIRY, 'expiresAt must be in the future', 'expiresAt');
  }
  if (requested.getTime() > now.getTime() + MAX_EXPIRY_DAYS * DAY_MS) {
    throw new JobBoardException(
      JobBoardErrorCode.INVALID_EXPIRY,
      `expiresAt must be at most ${MAX_EXPIRY_DAYS} days from now`,
      'expiresAt',
    );
  }
  return requested;
}

/** What a reader sees: an OPEN job past its expiry is EXPIRED, whether or not the sweep has stored it yet. */
export function effectiveStatus(job: { status: JobStatus; expiresAt: Date }, now: Date): JobStatus {
  return job.status === JobStatus.OPEN && job.expiresAt.getTime() <= now.getTime() ? JobStatus.EXPIRED : job.status;
}
