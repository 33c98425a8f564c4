import { DomainException } from '@kindling/core';

export enum UsersErrorCode {
  USER_NOT_FOUND = 'USER_NOT_FOUND',
  HANDLE_TAKEN = 'HANDLE_TAKEN',
  EMAIL_TAKEN = 'EMAIL_TAKEN',
  INVALID_HANDLE = 'INVALID_HANDLE',
  INVALID_DISPLAY_NAME = 'INVALID_DISPLAY_NAME',
  INVALID_TIMEZONE = 'INVALID_TIMEZONE',
}

export class UsersException extends DomainException<UsersErrorCode> {
  readonly feature = 'users';
}
