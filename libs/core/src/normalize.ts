/** Lower-cased, trimmed, inner whitespace folded, duplicates dropped, order kept. */
export function normalizeTags(values: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const value of values) {
    const tag = value.trim().toLowerCase().replace(/\s+/g, ' ');
    if (tag) seen.add(tag);
  }
  return [...seen];
}

/**
 * Bidi controls (U+202A–U+202E embeddings and overrides, U+2066–U+2069
 * isolates, U+200E/U+200F marks, U+061C) and zero-width characters
 * (U+200B–U+200D, U+2060, U+FEFF): invisible, yet they reorder or disguise
 * the text around them (a handle or name that reads as another member's).
 */
const INVISIBLE_CONTROLS = /[\u061C\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g;

/** The text without bidi controls and zero-width characters. */
export function stripInvisibleControls(text: string): string {
  return text.replace(INVISIBLE_CONTROLS, '');
}

/** A display name as stored: invisible controls stripped, then trimmed (empty means there is none). */
export function normalizeDisplayName(name: string): string {
  return stripInvisibleControls(name).trim();
}
