import { DomainException } from '@kindling/core';

export enum ReportsErrorCode {
  /** Not exactly one of postId and commentId. */
  INVALID_SUBJECT = 'INVALID_SUBJECT',
  /** The post or comment does not exist or the viewer cannot see it. */
  SUBJECT_NOT_FOUND = 'SUBJECT_NOT_FOUND',
  ALREADY_REPORTED = 'ALREADY_REPORTED',
  /** No such report, or one the viewer may not resolve. */
  REPORT_NOT_FOUND = 'REPORT_NOT_FOUND',
  ALREADY_RESOLVED = 'ALREADY_RESOLVED',
  NOT_A_MODERATOR = 'NOT_A_MODERATOR',
  ADMIN_ONLY = 'ADMIN_ONLY',
}

export class ReportsException extends DomainException<ReportsErrorCode> {
  readonly feature = 'reports';
}
