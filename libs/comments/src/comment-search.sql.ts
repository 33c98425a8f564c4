/**
 * The comment search document: the body (its #tags are words of it).
 * `ix_comment_search` indexes exactly this expression (partial: live comments
 * only, which the search requires), so queries must use it unchanged (only the alias varies).
 */
export function commentSearchVectorSql(alias: string): string {
  return `to_tsvector('simple', ${alias}.body)`;
}
