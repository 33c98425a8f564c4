/**
 * The roadmap search document: title (weight A) and description (weight B).
 * `ix_roadmap_search` indexes exactly this expression with bare column names,
 * so queries must use it unchanged (only the alias varies).
 */
export function roadmapSearchVectorSql(alias: string): string {
  return `setweight(to_tsvector('simple', ${alias}.title), 'A') || setweight(to_tsvector('simple', coalesce(${alias}.description, '')), 'B')`;
}
