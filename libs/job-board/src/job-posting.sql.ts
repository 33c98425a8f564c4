import { communityContentVisibleSql } from '@kindling/communities';
import { JobStatus } from './job-board.enums';

/**
 * SQL over `job_posting` for the job board's own queries and for features
 * that list jobs next to other things (search): compose these, never
 * re-derive the rules. `alias` is the job_posting alias, `now` and `viewer`
 * bound placeholders (`:now`, `$2`); `viewer` null for anonymous readers.
 */

/** The full-text document of a job (title, company, description); the same expression as the ix_job_posting_search index. */
export const jobSearchVectorSql = (alias: string): string =>
  `to_tsvector('simple', ${alias}.title || ' ' || ${alias}.company || ' ' || ${alias}.description)`;

/** Open for applications at `now`: OPEN and not past its expiry (the hourly sweep may not have run yet). */
export const jobOpenSql = (alias: string, now: string): string => `(${alias}.status = 'OPEN' AND ${alias}.expires_at > ${now})`;

/** The job's status as readers see it equals `status` at `now`. */
export function jobStatusSql(alias: string, status: JobStatus, now: string): string {
  switch (status) {
    case JobStatus.OPEN:
      return jobOpenSql(alias, now);
    case JobStatus.EXPIRED:
      return `(${alias}.status = 'EXPIRED' OR (${alias}.status = 'OPEN' AND ${alias}.expires_at <= ${now}))`;
    case JobStatus.CLOSED:
      return `(${alias}.status = 'CLOSED')`;
  }
}

/** Jobs of a private community are visible to its ACTIVE members only; jobs outside communities to everyone. */
export const jobVisibleSql = (alias: string, viewer: string | null): string => communityContentVisibleSql(`${alias}.community_id`, viewer);
