import { clearAccessToken, setAccessToken } from './access-token';
import { requestFreshTokens } from './session-transport';

let inFlight: Promise<boolean> | null = null;

/**
 * Refreshes the access token; concurrent callers share one request, so ten
 * queries failing with TOKEN_EXPIRED at once cost one refresh (a second call
 * with the same rotated refresh token would count as reuse and end the session).
 */
export function refreshAccessToken(
  request: () => Promise<{ accessToken: string; expiresIn: number } | null> = requestFreshTokens,
): Promise<boolean> {
  inFlight ??= request()
    .then((tokens) => {
      if (!tokens) {
        clearAccessToken();
        return false;
      }
      setAccessToken(tokens.accessToken, tokens.expiresIn);
      return true;
    })
    .catch(() => {
      clearAccessToken();
      return false;
    })
    .finally(() => {
      inFlight = null;
    });
  return inFlight;
}
