/**
 * SQL predicates other features compose into their queries, so the rule
 * "private communities show their contents to ACTIVE members only" is written
 * once, by the feature that owns the tables. `viewer` is a bound parameter
 * placeholder (`$2`, `:viewerId`) or null for anonymous readers.
 */
export function communityContentVisibleSql(communityIdExpr: string, viewer: string | null): string {
  const isPublic = `EXISTS (SELECT 1 FROM community vis_c WHERE vis_c.id = ${communityIdExpr} AND vis_c.visibility = 'PUBLIC')`;
  if (viewer === null) return `(${communityIdExpr} IS NULL OR ${isPublic})`;
  const isMember = `EXISTS (SELECT 1 FROM membership vis_m WHERE vis_m.community_id = ${communityIdExpr} AND vis_m.user_id = ${viewer} AND vis_m.status = 'ACTIVE')`;
  return `(${communityIdExpr} IS NULL OR ${isPublic} OR ${isMember})`;
}
