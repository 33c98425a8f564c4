/** SQL predicates on members for other features' queries; arguments are column expressions or bound placeholders. */

/**
 * The member was seen (made an authenticated request) at or after `since`.
 * A scalar sub-select, not EXISTS: Postgres may run an EXISTS over many rows
 * as a scan and hash of the whole table; this stays one key lookup per member.
 */
export function seenSinceSql(userExpr: string, since: string): string {
  return `coalesce((SELECT seen_u.last_seen_at >= ${since} FROM user_account seen_u WHERE seen_u.id = ${userExpr}), false)`;
}
