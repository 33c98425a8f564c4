export enum PostKind {
  UPDATE = 'UPDATE',
  MILESTONE = 'MILESTONE',
  BLOCKER = 'BLOCKER',
  QUESTION = 'QUESTION',
  REFLECTION = 'REFLECTION',
}

export enum ReactionType {
  CHEER = 'CHEER',
  INSIGHTFUL = 'INSIGHTFUL',
  SUPPORT = 'SUPPORT',
  CELEBRATE = 'CELEBRATE',
}

/** The post column that counts each reaction type. */
export const REACTION_COUNT_COLUMN = {
  [ReactionType.CHEER]: 'cheer_count',
  [ReactionType.INSIGHTFUL]: 'insightful_count',
  [ReactionType.SUPPORT]: 'support_count',
  [ReactionType.CELEBRATE]: 'celebrate_count',
} as const satisfies Record<ReactionType, string>;
