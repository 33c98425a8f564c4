/**
 * The thread search document: title (weight A) and goal (weight B).
 * `ix_growth_thread_search` indexes exactly this expression with bare column
 * names, so queries must use it unchanged (only the alias varies).
 */
export function threadSearchVectorSql(alias: string): string {
  return `setweight(to_tsvector('simple', ${alias}.title), 'A') || setweight(to_tsvector('simple', coalesce(${alias}.goal, '')), 'B')`;
}
