import { computeStreaks, localDate, resolveTimeZone } from './streaks';

/** What the thread loader does: each post's calendar day and today's, both in the author's zone, at a fixed instant. */
const streaksAt = (posts: readonly string[], timeZone: string, now: string) =>
  computeStreaks(
    posts.map((instant) => localDate(new Date(instant), timeZone)),
    localDate(new Date(now), timeZone),
  );

/** `count` consecutive ISO dates ending at `last`. */
const daysEnding = (last: string, count: number) =>
  Array.from({ length: count }, (_, i) =>
    new Date(Date.parse(`${last}T00:00:00Z`) - (count - 1 - i) * 86_400_000).toISOString().slice(0, 10),
  );

describe('localDate', () => {
  it.each([
    // Europe/Lisbon: WET (UTC+0) in winter, WEST (UTC+1) from 2024-03-31 01:00 UTC to 2024-10-27 01:00 UTC.
    ['2024-03-30T23:59:59Z', 'Europe/Lisbon', '2024-03-30'],
    ['2024-03-31T00:00:00Z', 'Europe/Lisbon', '2024-03-31'],
    ['2024-03-31T00:59:59Z', 'Europe/Lisbon', '2024-03-31'], // 00:59:59 WET, the last second before the gap
    ['2024-03-31T01:00:00Z', 'Europe/Lisbon', '2024-03-31'], // 02:00 WEST: 01:00–02:00 never happened
    ['2024-03-31T22:59:59Z', 'Europe/Lisbon', '2024-03-31'], // 23:59:59 WEST: the 23-hour day ends an hour early in UTC
    ['2024-03-31T23:00:00Z', 'Europe/Lisbon', '2024-04-01'],
    ['2024-10-26T22:59:59Z', 'Europe/Lisbon', '2024-10-26'],
    ['2024-10-26T23:00:00Z', 'Europe/Lisbon', '2024-10-27'], // 00:00 WEST: the 25-hour day starts in UTC's yesterday
    ['2024-10-27T00:30:00Z', 'Europe/Lisbon', '2024-10-27'], // 01:30 WEST …
    ['2024-10-27T01:30:00Z', 'Europe/Lisbon', '2024-10-27'], // … and 01:30 WET again, the same local day
    ['2024-10-27T23:59:59Z', 'Europe/Lisbon', '2024-10-27'],
    ['2024-10-28T00:00:00Z', 'Europe/Lisbon', '2024-10-28'],
    // America/New_York: EST (UTC−5), EDT (UTC−4) from 2024-03-10 07:00 UTC to 2024-11-03 06:00 UTC.
    ['2024-03-10T04:59:59Z', 'America/New_York', '2024-03-09'],
    ['2024-03-10T05:00:00Z', 'America/New_York', '2024-03-10'],
    ['2024-03-10T07:00:00Z', 'America/New_York', '2024-03-10'], // 03:00 EDT straight after 01:59:59 EST
    ['2024-03-11T03:59:59Z', 'America/New_York', '2024-03-10'],
    ['2024-03-11T04:00:00Z', 'America/New_York', '2024-03-11'],
    ['2024-11-03T03:59:59Z', 'America/New_York', '2024-11-02'],
    ['2024-11-03T04:00:00Z', 'America/New_York', '2024-11-03'],
    ['2024-11-03T05:30:00Z', 'America/New_York', '2024-11-03'], // 01:30 EDT …
    ['2024-11-03T06:30:00Z', 'America/New_York', '2024-11-03'], // … and 01:30 EST
    ['2024-11-04T04:59:59Z', 'America/New_York', '2024-11-03'],
    ['2024-11-04T05:00:00Z', 'America/New_York', '2024-11-04'],
    // Fractional and extreme offsets, year ends, leap days.
    ['2024-01-01T18:29:59Z', 'Asia/Kolkata', '2024-01-01'],
    ['2024-01-01T18:30:00Z', 'Asia/Kolkata', '2024-01-02'],
    ['2023-12-31T10:00:00Z', 'Pacific/Kiritimati', '2024-01-01'],
    ['2024-01-01T10:00:00Z', 'Pacific/Pago_Pago', '2023-12-31'],
    ['2024-02-29T12:00:00Z', 'UTC', '2024-02-29'],
  ])('%s in %s is %s', (instant, zone, expected) => {
    expect(localDate(new Date(instant), zone)).toBe(expected);
  });

  it('is a zero-padded YYYY-MM-DD date in every zone', () => {
    const zones = ['UTC', 'Europe/Lisbon', 'America/New_York', 'Asia/Tokyo', 'Australia/Lord_Howe', 'America/St_Johns'];
    for (const zone of zones) expect(localDate(new Date('2024-01-05T12:00:00Z'), zone)).toMatch(/^2024-01-0[4-6]$/);
  });
});

describe('resolveTimeZone', () => {
  it.each([
    ['US/Pacific-New', 'America/Los_Angeles'], // a link tzdata dropped in 2020b; Postgres rejects it
    ['Europe/Lisbon', 'Europe/Lisbon'],
    ['UTC', 'UTC'],
    ['Not/AZone', 'UTC'],
  ])('%s → %s', (zone, resolved) => {
    expect(resolveTimeZone(zone)).toBe(resolved);
  });

  it('gives the same local dates as the zone it resolves', () => {
    const instant = new Date('2024-03-10T07:30:00Z');
    expect(localDate(instant, resolveTimeZone('US/Pacific-New'))).toBe(localDate(instant, 'America/Los_Angeles'));
  });
});

describe('computeStreaks', () => {
  it('is zero for a thread without posts', () => {
    expect(computeStreaks([], '2024-05-10')).toEqual({ current: 0, longest: 0 });
  });

  it.each([
    ['today', '2024-05-10', 1],
    ['yesterday', '2024-05-09', 1],
    ['two days ago', '2024-05-08', 0],
    ['long ago', '2023-05-10', 0],
  ])('a single post %s gives current %i and longest 1', (_, day, current) => {
    expect(computeStreaks([day], '2024-05-10')).toEqual({ current, longest: 1 });
  });

  it('keeps a run ending yesterday alive until today ends', () => {
    const run = daysEnding('2024-05-09', 4);
    expect(computeStreaks(run, '2024-05-10')).toEqual({ current: 4, longest: 4 });
    expect(computeStreaks(run, '2024-05-11')).toEqual({ current: 0, longest: 4 });
    expect(computeStreaks([...run, '2024-05-10'], '2024-05-10')).toEqual({ current: 5, longest: 5 });
  });

  it('counts duplicate days once and does not care about input order', () => {
    const days = ['2024-05-10', '2024-05-08', '2024-05-09', '2024-05-10', '2024-05-08', '2024-05-09'];
    expect(computeStreaks(days, '2024-05-10')).toEqual({ current: 3, longest: 3 });
  });

  it('breaks runs at gaps: the current run can be shorter than the longest', () => {
    const days = [...daysEnding('2024-04-20', 6), ...daysEnding('2024-05-03', 2), ...daysEnding('2024-05-10', 3)];
    expect(computeStreaks(days, '2024-05-10')).toEqual({ current: 3, longest: 6 });
    expect(computeStreaks(days, '2024-05-12')).toEqual({ current: 0, longest: 6 });
  });

  it('keeps the earlier longest run when a later one only ties it', () => {
    expect(computeStreaks([...daysEnding('2024-05-01', 3), ...daysEnding('2024-05-10', 3)], '2024-05-10')).toEqual({
      current: 3,
      longest: 3,
    });
  });

  it.each([
    ['a month end', ['2024-04-29', '2024-04-30', '2024-05-01'], '2024-05-01', 3],
    ['a year end', ['2023-12-30', '2023-12-31', '2024-01-01'], '2024-01-01', 3],
    ['a leap day', ['2024-02-28', '2024-02-29', '2024-03-01'], '2024-03-01', 3],
    ['February of a common year', ['2023-02-27', '2023-02-28', '2023-03-01'], '2023-03-01', 3],
    ['the DST days themselves', ['2024-03-30', '2024-03-31', '2024-04-01', '2024-10-26', '2024-10-27', '2024-10-28'], '2024-10-28', 3],
  ])('runs straight across %s', (_, days, today, current) => {
    expect(computeStreaks(days, today)).toEqual({ current, longest: 3 });
  });

  it('agrees with a day-by-day count over random post histories', () => {
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let round = 0; round < 200; round++) {
      const days = daysEnding('2024-12-31', 60).filter(() => random() < 0.6);
      const today = daysEnding('2024-12-31', 60)[Math.floor(random() * 60)];
      const past = days.filter((d) => d <= today);
      const has = new Set(past);
      let longest = 0;
      let run = 0;
      for (const day of daysEnding(today, 60)) {
        run = has.has(day) ? run + 1 : 0;
        longest = Math.max(longest, run);
      }
      const yesterday = daysEnding(today, 2)[0];
      const endsAt = has.has(today) ? today : has.has(yesterday) ? yesterday : null;
      let current = 0;
      if (endsAt)
        for (const day of daysEnding(endsAt, 60).reverse())
          if (has.has(day)) current++;
          else break;
      expect({ days: past, today, ...computeStreaks(past, today) }).toEqual({ days: past, today, current, longest });
    }
  });
});

describe('streaks in the author time zone (fixed clocks)', () => {
  it('Lisbon spring-forward: posts at 23:30 local on each side of the 23-hour day make three days, not two', () => {
    const posts = ['2024-03-30T23:30:00Z', '2024-03-31T22:30:00Z', '2024-04-01T22:30:00Z']; // 23:30 WET, WEST, WEST
    expect(posts.map((p) => localDate(new Date(p), 'Europe/Lisbon'))).toEqual(['2024-03-30', '2024-03-31', '2024-04-01']);
    expect(streaksAt(posts, 'Europe/Lisbon', '2024-04-01T23:00:00Z')).toEqual({ current: 3, longest: 3 }); // 00:00 on Apr 2: yesterday counts
    // The same instants read in UTC fall on Mar 30, Mar 31 and Apr 1 as well, but Apr 1 23:00 UTC is today there.
    expect(streaksAt(posts, 'UTC', '2024-04-02T00:30:00Z')).toEqual({ current: 3, longest: 3 });
  });

  it('Lisbon spring-forward: 23 hours apart can still be two different days, and 24 hours apart the same run', () => {
    // 00:30 WET on Mar 31 and 00:30 WEST on Apr 1 are 23 hours apart: two days.
    expect(streaksAt(['2024-03-31T00:30:00Z', '2024-03-31T23:30:00Z'], 'Europe/Lisbon', '2024-04-01T12:00:00Z')).toEqual({
      current: 2,
      longest: 2,
    });
    // In UTC the same two instants are one day.
    expect(streaksAt(['2024-03-31T00:30:00Z', '2024-03-31T23:30:00Z'], 'UTC', '2024-04-01T12:00:00Z')).toEqual({ current: 1, longest: 1 });
  });

  it('Lisbon fall-back: the 25-hour day is one day, however many hours its posts span', () => {
    const posts = ['2024-10-26T23:05:00Z', '2024-10-27T23:55:00Z']; // 00:05 WEST and 23:55 WET, both Oct 27, 24h50m apart
    expect(streaksAt(posts, 'Europe/Lisbon', '2024-10-28T08:00:00Z')).toEqual({ current: 1, longest: 1 });
    expect(streaksAt(posts, 'UTC', '2024-10-28T08:00:00Z')).toEqual({ current: 2, longest: 2 }); // Oct 26 and Oct 27 in UTC
  });

  it('New York spring-forward and fall-back: a post at 23:30 local is that local day though UTC says tomorrow', () => {
    const spring = ['2024-03-09T04:30:00Z', '2024-03-10T04:30:00Z', '2024-03-11T03:30:00Z']; // 23:30 EST Mar 8, EST Mar 9, EDT Mar 10
    expect(spring.map((p) => localDate(new Date(p), 'America/New_York'))).toEqual(['2024-03-08', '2024-03-09', '2024-03-10']);
    expect(streaksAt(spring, 'America/New_York', '2024-03-11T12:00:00Z')).toEqual({ current: 3, longest: 3 });
    const fall = ['2024-11-02T03:30:00Z', '2024-11-03T03:30:00Z', '2024-11-04T04:30:00Z']; // 23:30 EDT Nov 1, EDT Nov 2, EST Nov 3
    expect(fall.map((p) => localDate(new Date(p), 'America/New_York'))).toEqual(['2024-11-01', '2024-11-02', '2024-11-03']);
    expect(streaksAt(fall, 'America/New_York', '2024-11-05T04:59:00Z')).toEqual({ current: 3, longest: 3 }); // 23:59 EST Nov 4
    expect(streaksAt(fall, 'America/New_York', '2024-11-05T05:00:00Z')).toEqual({ current: 0, longest: 3 }); // 00:00 Nov 5
  });

  it('a time-zone edit moves posts to other days, and the streaks with them', () => {
    const posts = ['2024-06-10T12:00:00Z', '2024-06-11T23:30:00Z'];
    const now = '2024-06-12T02:00:00Z';
    // Lisbon (UTC+1): Jun 10 13:00 and Jun 12 00:30 — a gap; today is Jun 12.
    expect(streaksAt(posts, 'Europe/Lisbon', now)).toEqual({ current: 1, longest: 1 });
    // New York (UTC−4): Jun 10 08:00 and Jun 11 19:30 — consecutive; today is Jun 11 (22:00).
    expect(streaksAt(posts, 'America/New_York', now)).toEqual({ current: 2, longest: 2 });
  });

  it('today, yesterday and older depend on the zone the clock is read in', () => {
    const posts = ['2024-01-13T12:00:00Z'];
    const now = '2024-01-15T03:00:00Z';
    expect(streaksAt(posts, 'UTC', now)).toEqual({ current: 0, longest: 1 }); // Jan 13 vs today Jan 15
    expect(streaksAt(posts, 'America/New_York', now)).toEqual({ current: 1, longest: 1 }); // Jan 13 vs today Jan 14
    expect(streaksAt(posts, 'Pacific/Kiritimati', now)).toEqual({ current: 1, longest: 1 }); // Jan 14 02:00 vs today Jan 15
    expect(streaksAt(posts, 'Pacific/Pago_Pago', '2024-01-15T11:00:00Z')).toEqual({ current: 0, longest: 1 }); // Jan 13 01:00 vs today Jan 15 00:00
  });
});
