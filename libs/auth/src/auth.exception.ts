import { DomainException } from '@kindling/core';

export enum AuthErrorCode {
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  INVALID_REFRESH_TOKEN = 'INVALID_REFRESH_TOKEN',
  INVALID_ACCESS_TOKEN = 'INVALID_ACCESS_TOKEN',
  AUTHENTICATION_REQUIRED = 'AUTHENTICATION_REQUIRED',
  RATE_LIMITED = 'RATE_LIMITED',
}

export class AuthException extends DomainException<AuthErrorCode> {
  readonly feature = 'auth';
}
