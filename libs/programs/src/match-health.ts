export enum MatchHealth {
  HEALTHY = 'HEALTHY',
  QUIET = 'QUIET',
  AT_RISK = 'AT_RISK',
}

const DAY_MS = 86_400_000;
export const LOW_CHECK_IN = 2;

/**
 * A published pair's health, as a pure function of its room's activity and
 * its latest check-in: AT_RISK when the latest check-in is rated 2 or lower
 * or nothing happened for twice the quiet period; QUIET after the quiet
 * period; HEALTHY otherwise (and while a match is only proposed).
 */
export function matchHealth(input: {
  lastActivityAt: Date | null;
  latestRating: number | null;
  quietAfterDays: number;
  now: Date;
}): MatchHealth {
  if (input.latestRating !== null && input.latestRating <= LOW_CHECK_IN) return MatchHealth.AT_RISK;
  if (!input.lastActivityAt) return MatchHealth.HEALTHY;
  const idle = input.now.getTime() - input.lastActivityAt.getTime();
  if (idle >= 2 * input.quietAfterDays * DAY_MS) return MatchHealth.AT_RISK;
  if (idle >= input.quietAfterDays * DAY_MS) return MatchHealth.QUIET;
  return MatchHealth.HEALTHY;
}
