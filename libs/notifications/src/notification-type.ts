export enum NotificationType {
  NEW_FOLLOWER = 'NEW_FOLLOWER',
  POST_COMMENT = 'POST_COMMENT',
  COMMENT_REPLY = 'COMMENT_REPLY',
  POST_REACTION = 'POST_REACTION',
  MENTION = 'MENTION',
  THREAD_POST = 'THREAD_POST',
  MENTORSHIP_REQUEST = 'MENTORSHIP_REQUEST',
  MENTORSHIP_ACCEPTED = 'MENTORSHIP_ACCEPTED',
  MENTORSHIP_DECLINED = 'MENTORSHIP_DECLINED',
  ROOM_MESSAGE = 'ROOM_MESSAGE',
  SESSION_SCHEDULED = 'SESSION_SCHEDULED',
  STEP_VERIFIED = 'STEP_VERIFIED',
  MEMBERSHIP_REQUEST = 'MEMBERSHIP_REQUEST',
  MEMBERSHIP_APPROVED = 'MEMBERSHIP_APPROVED',
  ROADMAP_PUBLISHED = 'ROADMAP_PUBLISHED',
  JOB_MATCH = 'JOB_MATCH',
  PROGRAM_APPLICATION_REVIEWED = 'PROGRAM_APPLICATION_REVIEWED',
  PROGRAM_MATCHED = 'PROGRAM_MATCHED',
  PROGRAM_MATCH_AT_RISK = 'PROGRAM_MATCH_AT_RISK',
  /** To both members of a program pair: time for a check-in (every cadenceDays, or 14). */
  PROGRAM_CHECK_IN_DUE = 'PROGRAM_CHECK_IN_DUE',
}

/** What a notification is about. Exactly the subjects of its type are set; features add theirs as they land. */
export interface NotificationSubject {
  communityId?: string;
  postId?: string;
  commentId?: string;
  threadId?: string;
  roomId?: string;
  roadmapId?: string;
  jobId?: string;
  mentorshipRequestId?: string;
  programId?: string;
}

const SUBJECT_KEYS = [
  'communityId',
  'postId',
  'commentId',
  'threadId',
  'roomId',
  'roadmapId',
  'jobId',
  'mentorshipRequestId',
  'programId',
] as const;

/** The grouping key: the same (recipient, type, subject) while unread is one notification. */
export function subjectKey(subject: NotificationSubject): string {
  return SUBJECT_KEYS.filter((k) => subject[k] !== undefined)
    .map((k) => `${k}=${subject[k]}`)
    .join('&');
}
