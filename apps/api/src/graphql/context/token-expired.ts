import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';

export const TOKEN_EXPIRED = 'TOKEN_EXPIRED';

/** The whole request is refused (HTTP 401), so a client refreshes once and retries instead of reading as signed out. */
export function tokenExpiredError(): GraphQLError {
  const headers = new HeaderMap([['www-authenticate', 'Bearer error="invalid_token", error_description="The access token expired"']]);
  return new GraphQLError('The access token has expired; refresh the session and retry', {
    extensions: { code: 'UNAUTHENTICATED', reason: TOKEN_EXPIRED, http: { status: 401, headers } },
  });
}
