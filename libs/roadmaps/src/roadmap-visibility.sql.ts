import { communityContentVisibleSql } from '@kindling/communities';

/**
 * SQL predicate: the roadmap aliased `alias` is published (version > 0) and
 * its community shows its contents to `viewer` (a bound placeholder such as
 * `:viewerId` or `$2`, or null for anonymous readers). Drafts are left out:
 * moderators reach those through their community only. For lists, search
 * and anything else that composes roadmaps into a query.
 */
export function roadmapVisibleSql(alias: string, viewer: string | null): string {
  return `(${alias}.version > 0 AND ${communityContentVisibleSql(`${alias}.community_id`, viewer)})`;
}
