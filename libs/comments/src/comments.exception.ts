import { DomainException } from '@kindling/core';

export enum CommentsErrorCode {
  COMMENT_NOT_FOUND = 'COMMENT_NOT_FOUND',
  NOT_COMMENT_AUTHOR = 'NOT_COMMENT_AUTHOR',
  PARENT_NOT_ON_POST = 'PARENT_NOT_ON_POST',
  COMMENT_DELETED = 'COMMENT_DELETED',
  /** A reply under a comment whose author has a block either way with the viewer. */
  BLOCKED = 'BLOCKED',
}

export class CommentsException extends DomainException<CommentsErrorCode> {
  readonly feature = 'comments';
}
