/**
 * ORDER BY terms shared by every kind of result: whole-word relevance first
 * (more and weightier hits rank higher), then relevance counting prefix hits.
 * `:exact` and `:match` are the bound SearchTerms.
 */
export function relevanceOrderSql(vector: string): [string, string] {
  return [`ts_rank(${vector}, to_tsquery('simple', :exact))`, `ts_rank(${vector}, to_tsquery('simple', :match))`];
}

/** The WHERE term: the document matches every word (the last as a prefix); served by the GIN index on `vector`. */
export function matchesSql(vector: string): string {
  return `${vector} @@ to_tsquery('simple', :match)`;
}
