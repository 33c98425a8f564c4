export const MAX_TAGS = 10;
export const MAX_MENTIONS = 20;
/** Handles looked up per post: a body can name far more than are kept, and lookups are not free. */
const MAX_HANDLE_CANDIDATES = 50;

/**
 * Links are not prose: their #anchors and /@paths name no tags or members.
 * The scheme is at most 32 characters: unbounded, every start in a run such
 * as `a.a.a.…` would scan to the run's end before failing, quadratic in the
 * body; bounded, each start costs at most 32 steps, so the scan is linear.
 */
const URL = /(?:\b[a-z][a-z0-9+.-]{0,31}:\/\/|\bwww\.)\S+/giu;
/** Letters include combining marks (accents in NFD, Indic vowel signs), so a tag is never cut inside a word. */
const TAG = /(?<![\p{L}\p{M}\p{N}_&/#])#([\p{L}\p{M}\p{N}_]{1,50})/gu;
const HANDLE = /(?<![\p{L}\p{M}\p{N}_.@/])@([A-Za-z0-9_]{3,30})(?![\p{L}\p{M}\p{N}_])/gu;

const prose = (body: string) => body.normalize('NFC').replace(URL, ' ');

/** How a tag is stored and looked up: NFC, lower-case, without a leading #. */
export const normalizeTag = (tag: string): string => tag.replace(/^#/, '').normalize('NFC').toLowerCase();

/** Lower-cased unique #hashtags in order of appearance, at most 10. */
export function extractTags(body: string): string[] {
  const tags = new Set<string>();
  for (const match of prose(body).matchAll(TAG)) {
    tags.add(normalizeTag(match[1]));
    if (tags.size === MAX_TAGS) break;
  }
  return [...tags];
}

/** Lower-cased unique @handles in order of appearance (candidates; unknown ones are dropped later). */
export function extractHandles(body: string): string[] {
  const handles = new Set<string>();
  for (const match of prose(body).matchAll(HANDLE)) {
    handles.add(match[1].toLowerCase());
    if (handles.size === MAX_HANDLE_CANDIDATES) break;
  }
  return [...handles];
}
