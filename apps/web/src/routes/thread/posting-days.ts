/** 'YYYY/MM/DD' of a moment in a time zone: the day the author was living when they posted. */
export function dayInZone(iso: string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(
    new Date(iso),
  );
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}/${part('month')}/${part('day')}`;
}

/** Posts per day in the author's time zone, for the heatmap. */
export function postingDays(createdAts: readonly string[], timeZone: string): { date: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const iso of createdAts) {
    const day = dayInZone(iso, timeZone);
    counts.set(day, (counts.get(day) ?? 0) + 1);
  }
  return [...counts].map(([date, count]) => ({ date, count }));
}
