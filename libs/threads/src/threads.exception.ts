import { DomainException } from '@kindling/core';

export enum ThreadsErrorCode {
  THREAD_NOT_FOUND = 'THREAD_NOT_FOUND',
  NOT_THREAD_AUTHOR = 'NOT_THREAD_AUTHOR',
  NOT_A_COMMUNITY_MEMBER = 'NOT_A_COMMUNITY_MEMBER',
}

export class ThreadsException extends DomainException<ThreadsErrorCode> {
  readonly feature = 'threads';
}
