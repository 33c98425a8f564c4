export const MAX_SEARCH_QUERY_LENGTH = 200;
export const MAX_SEARCH_LIMIT = 50;
/** Words past this are dropped: each one is another AND term, and nobody types more. */
export const MAX_SEARCH_WORDS = 8;
/** A one-letter prefix matches nearly every row (all of which would then be ranked): such a last word must match whole. */
export const MIN_PREFIX_LENGTH = 2;

/** A query as the search SQL binds it (every value a bound parameter, never spliced into SQL). */
export interface SearchTerms {
  /** What must match: every word, the last as a prefix (`learn & rus:*`), for to_tsquery('simple', …). */
  match: string;
  /** Ranking only: any word exactly (`learn | rus`), so whole-word hits rank above prefix-only ones. */
  exact: string;
  /**
   * The whole query as a handle, slug or title (`@Ana_Lima` → `ana_lima`), for the
   * exact-name boost; control characters dropped (Postgres refuses NUL in text).
   */
  name: string;
}

/**
 * Builds tsqueries from the words (letters and digits) of a free-text query.
 * Anything else (punctuation, quotes, tsquery operators, SQL) only separates
 * words, so the result is always a valid tsquery. Null when no word is left:
 * such a query matches nothing.
 */
export function parseSearchQuery(raw: string): SearchTerms | null {
  const text = raw.normalize('NFKC').toLowerCase();
  const words = [...new Set(text.match(/[\p{L}\p{N}]+/gu) ?? [])].slice(0, MAX_SEARCH_WORDS);
  if (words.length === 0) return null;
  const last = words.length - 1;
  return {
    match: words.map((word, i) => (i === last && word.length >= MIN_PREFIX_LENGTH ? `${word}:*` : word)).join(' & '),
    exact: words.join(' | '),
    name: text
      .replace(/\p{Cc}/gu, '')
      .trim()
      .replace(/^@/, ''),
  };
}
