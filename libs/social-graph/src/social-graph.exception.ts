import { DomainException } from '@kindling/core';

export enum SocialGraphErrorCode {
  SELF_RELATION = 'SELF_RELATION',
  MEMBER_NOT_FOUND = 'MEMBER_NOT_FOUND',
  BLOCKED = 'BLOCKED',
}

export class SocialGraphException extends DomainException<SocialGraphErrorCode> {
  readonly feature = 'social-graph';
}
