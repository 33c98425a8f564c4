export enum CommunityVisibility {
  PUBLIC = 'PUBLIC',
  PRIVATE = 'PRIVATE',
}

export enum CommunityRole {
  OWNER = 'OWNER',
  MODERATOR = 'MODERATOR',
  MEMBER = 'MEMBER',
}

export enum MembershipStatus {
  ACTIVE = 'ACTIVE',
  PENDING = 'PENDING',
  BANNED = 'BANNED',
  /** Never stored: a rejected request is removed (the member may ask again), and review answers with it as REJECTED. */
  REJECTED = 'REJECTED',
}

/** Every moderator action that lands in a community's log; later features log theirs too. */
export enum ModerationActionType {
  APPROVE_MEMBER = 'APPROVE_MEMBER',
  REJECT_MEMBER = 'REJECT_MEMBER',
  BAN_MEMBER = 'BAN_MEMBER',
  UNBAN_MEMBER = 'UNBAN_MEMBER',
  SET_ROLE = 'SET_ROLE',
  REMOVE_POST = 'REMOVE_POST',
  REMOVE_COMMENT = 'REMOVE_COMMENT',
  DISMISS_REPORT = 'DISMISS_REPORT',
  PUBLISH_ROADMAP = 'PUBLISH_ROADMAP',
  ARCHIVE_ROADMAP = 'ARCHIVE_ROADMAP',
  CLOSE_JOB = 'CLOSE_JOB',
  /** An owner turned the community PUBLIC or PRIVATE; `reason` reads `PUBLIC → PRIVATE`. */
  VISIBILITY_CHANGED = 'VISIBILITY_CHANGED',
}
