/**
 * The post search document: the body. `ix_post_search` indexes exactly this
 * expression (partial: undeleted posts only, which every visible-post query
 * already requires), so queries must use it unchanged (only the alias varies).
 */
export function postSearchVectorSql(alias: string): string {
  return `to_tsvector('simple', ${alias}.body)`;
}
