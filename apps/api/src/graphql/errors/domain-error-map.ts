import { AuthErrorCode } from '@kindling/auth';
import { CommunitiesErrorCode } from '@kindling/communities';
import { SocialGraphErrorCode } from '@kindling/social-graph';
import { UsersErrorCode } from '@kindling/users';
import { ApiErrorCode } from './api-error-code';
import { InputErrorCode } from './input-validation.exception';

/**
 * Every feature error code → its GraphQL code. `satisfies Record<Code, …>`
 * makes each table exhaustive: a new code that is not mapped fails to compile.
 */
export const DOMAIN_ERROR_MAP: Record<string, Record<string, ApiErrorCode>> = {
  input: {
    [InputErrorCode.INVALID_INPUT]: ApiErrorCode.BAD_USER_INPUT,
  } satisfies Record<InputErrorCode, ApiErrorCode>,
  users: {
    [UsersErrorCode.USER_NOT_FOUND]: ApiErrorCode.NOT_FOUND,
    [UsersErrorCode.HANDLE_TAKEN]: ApiErrorCode.CONFLICT,
    [UsersErrorCode.EMAIL_TAKEN]: ApiErrorCode.CONFLICT,
    [UsersErrorCode.INVALID_HANDLE]: ApiErrorCode.BAD_USER_INPUT,
    [UsersErrorCode.INVALID_TIMEZONE]: ApiErrorCode.BAD_USER_INPUT,
  } satisfies Record<UsersErrorCode, ApiErrorCode>,
  auth: {
    [AuthErrorCode.INVALID_CREDENTIALS]: ApiErrorCode.UNAUTHENTICATED,
    [AuthErrorCode.INVALID_REFRESH_TOKEN]: ApiErrorCode.UNAUTHENTICATED,
    [AuthErrorCode.INVALID_ACCESS_TOKEN]: ApiErrorCode.UNAUTHENTICATED,
    [AuthErrorCode.AUTHENTICATION_REQUIRED]: ApiErrorCode.UNAUTHENTICATED,
    [AuthErrorCode.RATE_LIMITED]: ApiErrorCode.RATE_LIMITED,
  } satisfies Record<AuthErrorCode, ApiErrorCode>,
  'social-graph': {
    [SocialGraphErrorCode.SELF_RELATION]: ApiErrorCode.BAD_USER_INPUT,
    [SocialGraphErrorCode.MEMBER_NOT_FOUND]: ApiErrorCode.NOT_FOUND,
    [SocialGraphErrorCode.BLOCKED]: ApiErrorCode.FORBIDDEN,
  } satisfies Record<SocialGraphErrorCode, ApiErrorCode>,
  communities: {
    [CommunitiesErrorCode.COMMUNITY_NOT_FOUND]: ApiErrorCode.NOT_FOUND,
    [CommunitiesErrorCode.MEMBERSHIP_NOT_FOUND]: ApiErrorCode.NOT_FOUND,
    [CommunitiesErrorCode.MEMBER_NOT_FOUND]: ApiErrorCode.NOT_FOUND,
    [CommunitiesErrorCode.SLUG_TAKEN]: ApiErrorCode.CONFLICT,
    [CommunitiesErrorCode.INVALID_SLUG]: ApiErrorCode.BAD_USER_INPUT,
    [CommunitiesErrorCode.NOT_A_MODERATOR]: ApiErrorCode.FORBIDDEN,
    [CommunitiesErrorCode.OWNER_ONLY]: ApiErrorCode.FORBIDDEN,
    [CommunitiesErrorCode.BANNED]: ApiErrorCode.FORBIDDEN,
    [CommunitiesErrorCode.LAST_OWNER]: ApiErrorCode.CONFLICT,
    [CommunitiesErrorCode.PROTECTED_MEMBER]: ApiErrorCode.FORBIDDEN,
    [CommunitiesErrorCode.NOT_PENDING]: ApiErrorCode.CONFLICT,
    [CommunitiesErrorCode.NOT_ACTIVE]: ApiErrorCode.CONFLICT,
    [CommunitiesErrorCode.SELF_ACTION]: ApiErrorCode.BAD_USER_INPUT,
  } satisfies Record<CommunitiesErrorCode, ApiErrorCode>,
};
