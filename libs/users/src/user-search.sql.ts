/**
 * The member search document: handle and display name (weight A), skills and
 * headline (weight B), bio (weight C). `ix_user_account_search` indexes exactly
 * this expression with bare column names, so queries must use it unchanged
 * (only the alias varies). `immutable_text_array_join` is created by the
 * SearchAndReports migration: array_to_string is only STABLE, and index
 * expressions must be IMMUTABLE.
 */
export function userSearchVectorSql(alias: string): string {
  return (
    `setweight(to_tsvector('simple', ${alias}.handle || ' ' || ${alias}.display_name), 'A') || ` +
    `setweight(to_tsvector('simple', immutable_text_array_join(${alias}.skills) || ' ' || coalesce(${alias}.headline, '')), 'B') || ` +
    `setweight(to_tsvector('simple', coalesce(${alias}.bio, '')), 'C')`
  );
}
