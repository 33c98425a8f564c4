/** Human-readable reasons for a mentor match, in English. Pure. */

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** "rust", "rust and wasm", "go, rust and wasm", "a, b, c and 2 more". */
export function joinWords(words: readonly string[], shown = 3): string {
  if (words.length <= 1) return words.join('');
  if (words.length > shown + 1) return `${words.slice(0, shown).join(', ')} and ${words.length - shown} more`;
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/** 2 → "2", 5.5 → "5.5", 0.75 → "0.75". */
const hours = (value: number) => String(Math.round(value * 100) / 100);

export function expertiseReason(matched: readonly string[], interestCount: number): string {
  return `Expert in ${joinWords(matched)} — ${matched.length} of your ${plural(interestCount, 'interest')}`;
}

export function requestGoalsReason(matched: readonly string[]): string {
  return `Can help with ${joinWords(matched)} from your mentorship requests`;
}

export function communitiesReason(names: readonly string[]): string {
  return `Both members of ${joinWords(names)}`;
}

export function timeZoneReason(distanceHours: number): string {
  if (distanceHours === 0) return 'Same time zone';
  return `${hours(distanceHours)} ${distanceHours === 1 ? 'hour' : 'hours'} apart`;
}

export function ratingReason(average: number, count: number): string {
  return `Rated ${average.toFixed(1)} by ${plural(count, 'mentee')}`;
}

export function capacityReason(spare: number): string {
  return `${plural(spare, 'open slot')}`;
}
