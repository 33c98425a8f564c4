// Relative import only: the global setup (infrastructure.ts) runs outside jest's module mapper.
import type { WriteLimitName } from '../../config/src/environment';

/**
 * The write buckets added with the abuse limits on writes that notify or fan out. The test run
 * opens them wide, since feature tests make many such writes per member; abuse-limits.e2e-spec.ts
 * sets them low and tests each. The older buckets (posts, comments, …) keep their defaults.
 */
export const ABUSE_LIMIT_BUCKETS: readonly WriteLimitName[] = [
  'edits',
  'threads',
  'communities',
  'reactions',
  'mentorshipRequests',
  'jobPostings',
  'roadmapSteps',
  'memberships',
  'sessions',
  'roadmapPublications',
];
