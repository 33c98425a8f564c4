import { DomainException } from '@kindling/core';

export enum PostsErrorCode {
  POST_NOT_FOUND = 'POST_NOT_FOUND',
  NOT_POST_AUTHOR = 'NOT_POST_AUTHOR',
  NOT_THREAD_AUTHOR = 'NOT_THREAD_AUTHOR',
  INVALID_ROADMAP_STEP = 'INVALID_ROADMAP_STEP',
}

export class PostsException extends DomainException<PostsErrorCode> {
  readonly feature = 'posts';
}
