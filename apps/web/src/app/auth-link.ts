import { ApolloLink } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { from, switchMap, throwError } from 'rxjs';

export interface AuthLinkDeps {
  getToken: () => string | null;
  /** Resolves true once a new access token is in place. */
  refresh: () => Promise<boolean>;
}

/** An access token that was valid but ran out: the API says UNAUTHENTICATED with reason TOKEN_EXPIRED. */
export function isTokenExpired(error: unknown): boolean {
  if (CombinedGraphQLErrors.is(error)) {
    return error.errors.some((e) => e.extensions?.['code'] === 'UNAUTHENTICATED' && e.extensions?.['reason'] === 'TOKEN_EXPIRED');
  }
  return ServerError.is(error) && error.statusCode === 401 && error.bodyText.includes('TOKEN_EXPIRED');
}

/**
 * Adds `authorization: Bearer <token>` to every HTTP operation and, when the
 * token has expired, refreshes once and retries the operation once. A second
 * expiry (or a failed refresh) reaches the caller as the original error.
 */
export function createAuthLink({ getToken, refresh }: AuthLinkDeps): ApolloLink {
  const header = new SetContextLink((previous) => {
    const token = getToken();
    if (!token) return {};
    return { headers: { ...(previous['headers'] as Record<string, string> | undefined), authorization: `Bearer ${token}` } };
  });
  const retryOnExpiry = new ErrorLink(({ error, operation, forward }) => {
    if (!isTokenExpired(error) || operation.getContext()['tokenRefreshed']) return;
    operation.setContext({ tokenRefreshed: true });
    return from(refresh()).pipe(switchMap((refreshed) => (refreshed ? forward(operation) : throwError(() => error))));
  });
  return ApolloLink.from([retryOnExpiry, header]);
}
