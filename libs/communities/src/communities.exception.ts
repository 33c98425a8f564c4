import { DomainException } from '@kindling/core';

export enum CommunitiesErrorCode {
  COMMUNITY_NOT_FOUND = 'COMMUNITY_NOT_FOUND',
  MEMBERSHIP_NOT_FOUND = 'MEMBERSHIP_NOT_FOUND',
  MEMBER_NOT_FOUND = 'MEMBER_NOT_FOUND',
  SLUG_TAKEN = 'SLUG_TAKEN',
  INVALID_SLUG = 'INVALID_SLUG',
  NOT_A_MODERATOR = 'NOT_A_MODERATOR',
  OWNER_ONLY = 'OWNER_ONLY',
  BANNED = 'BANNED',
  LAST_OWNER = 'LAST_OWNER',
  PROTECTED_MEMBER = 'PROTECTED_MEMBER',
  NOT_PENDING = 'NOT_PENDING',
  NOT_ACTIVE = 'NOT_ACTIVE',
  SELF_ACTION = 'SELF_ACTION',
}

export class CommunitiesException extends DomainException<CommunitiesErrorCode> {
  readonly feature = 'communities';
}
