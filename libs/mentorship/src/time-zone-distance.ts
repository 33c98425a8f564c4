const OFFSET = /^GMT(?:([+-])(\d{1,2})(?::(\d{2}))?)?$/;

/** The zone's offset from UTC at `at`, in minutes (DST included); 0 for a zone Intl does not know. */
export function utcOffsetMinutes(zone: string, at: Date): number {
  let name: string | undefined;
  try {
    name = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
      .formatToParts(at)
      .find((p) => p.type === 'timeZoneName')?.value;
  } catch {
    return 0;
  }
  const match = name ? OFFSET.exec(name) : null;
  if (!match?.[1]) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === '-' ? -minutes : minutes;
}

/** Hours between two zones' clocks at `at`, the short way round the day: 0..12. */
export function timeZoneDistanceHours(a: string, b: string, at: Date): number {
  const diff = Math.abs(utcOffsetMinutes(a, at) - utcOffsetMinutes(b, at)) % 1440;
  return Math.min(diff, 1440 - diff) / 60;
}
