import { describe, expect, it } from 'vitest';
import { dayInZone, postingDays } from './posting-days';

describe('postingDays', () => {
  it("counts posts per day in the author's time zone, not UTC", () => {
    // 23:30 UTC on 1 March is already 2 March in Tokyo and still 1 March in Lisbon.
    const posts = ['2026-03-01T23:30:00Z', '2026-03-02T01:00:00Z'];
    expect(postingDays(posts, 'Asia/Tokyo')).toEqual([{ date: '2026/03/02', count: 2 }]);
    expect(postingDays(posts, 'Europe/Lisbon')).toEqual([
      { date: '2026/03/01', count: 1 },
      { date: '2026/03/02', count: 1 },
    ]);
  });

  it('formats the day as the heatmap reads it', () => {
    expect(dayInZone('2026-12-31T12:00:00Z', 'UTC')).toBe('2026/12/31');
  });
});
