import { DomainException } from '@kindling/core';

export enum MentorshipErrorCode {
  /** Bad input the validation pipe cannot see (normalised lists, times, assignees). */
  INVALID_INPUT = 'INVALID_INPUT',
  SELF_MENTORSHIP = 'SELF_MENTORSHIP',
  /** No such mentor, or one the viewer may not reach (a block either way). */
  MENTOR_NOT_FOUND = 'MENTOR_NOT_FOUND',
  NOT_ACCEPTING_MENTEES = 'NOT_ACCEPTING_MENTEES',
  MENTOR_AT_CAPACITY = 'MENTOR_AT_CAPACITY',
  REQUEST_ALREADY_PENDING = 'REQUEST_ALREADY_PENDING',
  ALREADY_MENTORED = 'ALREADY_MENTORED',
  /** No such request, or one the viewer is not a party to. */
  REQUEST_NOT_FOUND = 'REQUEST_NOT_FOUND',
  NOT_THE_MENTOR = 'NOT_THE_MENTOR',
  NOT_THE_MENTEE = 'NOT_THE_MENTEE',
  REQUEST_NOT_PENDING = 'REQUEST_NOT_PENDING',
  /** No such room, or one the viewer is not a participant of (goals, sessions, action items alike). */
  ROOM_NOT_FOUND = 'ROOM_NOT_FOUND',
  GOAL_NOT_FOUND = 'GOAL_NOT_FOUND',
  SESSION_NOT_FOUND = 'SESSION_NOT_FOUND',
  ACTION_ITEM_NOT_FOUND = 'ACTION_ITEM_NOT_FOUND',
  ROOM_COMPLETED = 'ROOM_COMPLETED',
  /** A block stands between the room's participants (either way): the room takes no writes from either side. */
  BLOCKED = 'BLOCKED',
  ROOM_NOT_COMPLETED = 'ROOM_NOT_COMPLETED',
  SESSION_NOT_SCHEDULED = 'SESSION_NOT_SCHEDULED',
  /** A session is completed only once its start time has passed. */
  SESSION_NOT_STARTED = 'SESSION_NOT_STARTED',
  NOT_ASSIGNEE_OR_MENTOR = 'NOT_ASSIGNEE_OR_MENTOR',
  FEEDBACK_ALREADY_GIVEN = 'FEEDBACK_ALREADY_GIVEN',
  TOO_MANY_GOALS = 'TOO_MANY_GOALS',
  /** Roadmap sharing (the roadmaps feature reports unknown enrollments and steps that are not DONE). */
  NOT_ROOM_MENTEE = 'NOT_ROOM_MENTEE',
  NO_SHARED_ENROLLMENT = 'NO_SHARED_ENROLLMENT',
}

export class MentorshipException extends DomainException<MentorshipErrorCode> {
  readonly feature = 'mentorship';
}
