/**
 * The ids of the communities `userExpr` is an ACTIVE member of, as a
 * sub-select other features compose (mentor matching intersects two members').
 */
export function activeCommunityIdsSql(userExpr: string): string {
  return `SELECT act_m.community_id FROM membership act_m WHERE act_m.user_id = ${userExpr} AND act_m.status = 'ACTIVE'`;
}
