/**
 * The ids of the communities `userExpr` is an ACTIVE owner or moderator of,
 * as a sub-select other features compose (programs list what a member manages).
 */
export function staffCommunityIdsSql(userExpr: string): string {
  return `SELECT staff_m.community_id FROM membership staff_m WHERE staff_m.user_id = ${userExpr} AND staff_m.status = 'ACTIVE' AND staff_m.role IN ('OWNER', 'MODERATOR')`;
}
