export interface Streaks {
  current: number;
  longest: number;
}

const DAY_MS = 86_400_000;

/** Days since the epoch of a `YYYY-MM-DD` calendar date (no time zone involved). */
const dayNumber = (isoDate: string) => Math.round(Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS);

/**
 * The zone as ICU resolves it, for code that hands it to Postgres: a link
 * tzdata has dropped (US/Pacific-New, still accepted by ICU as a member's
 * zone) becomes the zone it pointed to (America/Los_Angeles), which Postgres
 * knows; `AT TIME ZONE` would fail on the link. UTC for anything unknown.
 */
export function resolveTimeZone(zone: string): string {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return 'UTC';
  }
}

/** The calendar date (`YYYY-MM-DD`) of an instant in a time zone. */
export function localDate(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}

/**
 * Streaks over the calendar days (in the author's zone) that have a post.
 * `current` counts consecutive days ending today or yesterday; a day missed
 * before that breaks it. Working on calendar dates, not 24-hour spans, makes
 * DST changes irrelevant.
 */
export function computeStreaks(postDays: readonly string[], today: string): Streaks {
  const days = [...new Set(postDays.map(dayNumber))].sort((a, b) => a - b);
  let longest = 0;
  let run = 0;
  for (let i = 0; i < days.length; i++) {
    run = i > 0 && days[i] === days[i - 1] + 1 ? run + 1 : 1;
    longest = Math.max(longest, run);
  }
  const todayNumber = dayNumber(today);
  const last = days.at(-1);
  const current = last !== undefined && todayNumber - last <= 1 ? run : 0;
  return { current, longest };
}
