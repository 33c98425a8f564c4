import { DomainException } from '@kindling/core';

export enum JobBoardErrorCode {
  JOB_NOT_FOUND = 'JOB_NOT_FOUND',
  NOT_JOB_POSTER = 'NOT_JOB_POSTER',
  /** The poster was banned from the job's community since. */
  BANNED = 'BANNED',
  NOT_A_COMMUNITY_MEMBER = 'NOT_A_COMMUNITY_MEMBER',
  JOB_NOT_OPEN = 'JOB_NOT_OPEN',
  INVALID_EXPIRY = 'INVALID_EXPIRY',
  INVALID_SKILLS = 'INVALID_SKILLS',
  INVALID_APPLY_URL = 'INVALID_APPLY_URL',
}

export class JobBoardException extends DomainException<JobBoardErrorCode> {
  readonly feature = 'job-board';
}
