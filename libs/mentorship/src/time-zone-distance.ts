const OFFSET = /^GMT(?:([+-])(\d{1,2})(?::(\d{2}))?)?$/;

/**
 * One formatter per zone, built once: constructing an Intl.DateTimeFormat costs
 * far more than formatting with it, and program matching scores 100k pairs in
 * one pass. Bounded by the IANA zone list (null marks a zone Intl does not know).
 */
const formatters = new Map<string, Intl.DateTimeFormat | null>();

function formatterFor(zone: string): Intl.DateTimeFormat | null {
  if (!formatters.has(zone)) {
    try {
      formatters.set(zone, new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' }));
    } catch {
      if (formatters.size < 1_000) formatters.set(zone, null);
      return null;
    }
  }
  return formatters.get(zone) ?? null;
}

/** Offsets by zone and exact instant: a cohort scored at one instant formats each zone once. Cleared when full. */
const offsets = new Map<string, number>();
const MAX_CACHED_OFFSETS = 5_000;

/** The zone's offset from UTC at `at`, in minutes (DST included); 0 for a zone Intl does not know. */
export function utcOffsetMinutes(zone: string, at: Date): number {
  const key = `${zone}|${at.getTime()}`;
  const cached = offsets.get(key);
  if (cached !== undefined) return cached;
  const minutes = computeOffsetMinutes(zone, at);
  if (offsets.size >= MAX_CACHED_OFFSETS) offsets.clear();
  offsets.set(key, minutes);
  return minutes;
}

function computeOffsetMinutes(zone: string, at: Date): number {
  const name = formatterFor(zone)
    ?.formatToParts(at)
    .find((p) => p.type === 'timeZoneName')?.value;
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
