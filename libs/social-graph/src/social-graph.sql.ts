/** SQL predicates on the social graph for other features' queries; `viewer` is a bound parameter placeholder. */
export function notBlockedSql(viewer: string, userExpr: string): string {
  return `NOT EXISTS (SELECT 1 FROM user_block vis_b WHERE (vis_b.blocker_id = ${viewer} AND vis_b.blocked_id = ${userExpr}) OR (vis_b.blocker_id = ${userExpr} AND vis_b.blocked_id = ${viewer}))`;
}

/** The viewer has not muted the user: feeds leave muted members out, nothing else does. */
export function notMutedSql(viewer: string, userExpr: string): string {
  return `NOT EXISTS (SELECT 1 FROM user_mute vis_mu WHERE vis_mu.muter_id = ${viewer} AND vis_mu.muted_id = ${userExpr})`;
}

/** The ids following `followee`, as a sub-select (walked in id order through ix_follow_followee_follower). */
export function followerIdsSql(followee: string): string {
  return `SELECT vis_fr.follower_id FROM follow vis_fr WHERE vis_fr.followee_id = ${followee}`;
}

/** The ids `follower` follows, as a sub-select. */
export function followeeIdsSql(follower: string): string {
  return `SELECT vis_f.followee_id FROM follow vis_f WHERE vis_f.follower_id = ${follower}`;
}

/** `follower` follows `followee`. */
export function followsSql(follower: string, followee: string): string {
  return `EXISTS (SELECT 1 FROM follow vis_fw WHERE vis_fw.follower_id = ${follower} AND vis_fw.followee_id = ${followee})`;
}
