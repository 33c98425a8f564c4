export enum MentorshipRole {
  MENTOR = 'MENTOR',
  MENTEE = 'MENTEE',
}

export enum MentorshipRequestStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  WITHDRAWN = 'WITHDRAWN',
}

export enum RoomStatus {
  ACTIVE = 'ACTIVE',
  PAUSED = 'PAUSED',
  COMPLETED = 'COMPLETED',
}

export enum GoalStatus {
  OPEN = 'OPEN',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
}

export enum SessionStatus {
  SCHEDULED = 'SCHEDULED',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
}

/** Rooms that hold one of the mentor's slots (`mentor_profile.active_mentee_count`). */
export const OPEN_ROOM_STATUSES: readonly RoomStatus[] = [RoomStatus.ACTIVE, RoomStatus.PAUSED];
