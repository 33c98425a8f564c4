import { DomainException } from '@kindling/core';

export enum RoadmapsErrorCode {
  ROADMAP_NOT_FOUND = 'ROADMAP_NOT_FOUND',
  STEP_NOT_FOUND = 'STEP_NOT_FOUND',
  ENROLLMENT_NOT_FOUND = 'ENROLLMENT_NOT_FOUND',
  /** Authoring is for the community's active owners and moderators. */
  NOT_A_MODERATOR = 'NOT_A_MODERATOR',
  SLUG_TAKEN = 'SLUG_TAKEN',
  INVALID_SLUG = 'INVALID_SLUG',
  TOO_MANY_STEPS = 'TOO_MANY_STEPS',
  INVALID_PREREQUISITES = 'INVALID_PREREQUISITES',
  PREREQUISITE_CYCLE = 'PREREQUISITE_CYCLE',
  /** Step content out of bounds: blank title, too long, a resource that is not an http(s) link. */
  INVALID_STEP = 'INVALID_STEP',
  INVALID_STEP_ORDER = 'INVALID_STEP_ORDER',
  /** A roadmap needs at least one step to be published. */
  NOTHING_TO_PUBLISH = 'NOTHING_TO_PUBLISH',
  /** Never published, or archived: no new enrollments. */
  NOT_ENROLLABLE = 'NOT_ENROLLABLE',
  ALREADY_ENROLLED = 'ALREADY_ENROLLED',
  ENROLLMENT_DROPPED = 'ENROLLMENT_DROPPED',
  BANNED = 'BANNED',
  /** A documenting thread lives in the roadmap's community, so only its active members can have one. */
  THREAD_NEEDS_MEMBERSHIP = 'THREAD_NEEDS_MEMBERSHIP',
  STEP_NOT_IN_VERSION = 'STEP_NOT_IN_VERSION',
  INVALID_EVIDENCE = 'INVALID_EVIDENCE',
  /** Only a DONE step can be verified. */
  STEP_NOT_DONE = 'STEP_NOT_DONE',
  /** A step is DONE only once each of its prerequisites is DONE or SKIPPED (`missingStepIds` names the others). */
  PREREQUISITES_NOT_SETTLED = 'PREREQUISITES_NOT_SETTLED',
}

export class RoadmapsException extends DomainException<RoadmapsErrorCode> {
  readonly feature = 'roadmaps';
}

export const roadmapsError = (code: RoadmapsErrorCode, message: string, field?: string, details?: Record<string, unknown>) =>
  new RoadmapsException(code, message, field, details);

export const enrollmentNotFound = () => roadmapsError(RoadmapsErrorCode.ENROLLMENT_NOT_FOUND, 'No such enrollment', 'enrollmentId');

export const enrollmentDropped = () =>
  roadmapsError(RoadmapsErrorCode.ENROLLMENT_DROPPED, 'This enrollment was dropped; enroll again instead', 'enrollmentId');
