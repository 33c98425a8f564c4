/**
 * The member's display name and headline as a 'simple' tsvector, for other
 * features' text search over members they hold rows about (mentor search).
 * `userExpr` is a column expression or a bound placeholder.
 */
export function memberNameHeadlineVectorSql(userExpr: string): string {
  return `(SELECT to_tsvector('simple', nh_u.display_name || ' ' || coalesce(nh_u.headline, '')) FROM user_account nh_u WHERE nh_u.id = ${userExpr})`;
}
