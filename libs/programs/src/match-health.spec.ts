import { matchHealth, MatchHealth } from './match-health';

const DAY = 86_400_000;
const now = new Date('2030-01-31T00:00:00Z');
const ago = (days: number) => new Date(now.getTime() - days * DAY);

describe('matchHealth', () => {
  it.each([
    [0, null, MatchHealth.HEALTHY],
    [13, null, MatchHealth.HEALTHY],
    [14, null, MatchHealth.QUIET],
    [27, 5, MatchHealth.QUIET],
    [28, null, MatchHealth.AT_RISK],
    [1, 2, MatchHealth.AT_RISK],
    [1, 3, MatchHealth.HEALTHY],
  ])('%i idle days, latest check-in %p → %s (quiet after 14)', (days, rating, expected) => {
    expect(matchHealth({ lastActivityAt: ago(days), latestRating: rating, quietAfterDays: 14, now })).toBe(expected);
  });

  it('a proposed match without a room is HEALTHY', () => {
    expect(matchHealth({ lastActivityAt: null, latestRating: null, quietAfterDays: 14, now })).toBe(MatchHealth.HEALTHY);
  });
});
