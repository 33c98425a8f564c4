/**
 * How the browser keeps its session between access tokens. This is the only
 * file that knows where the refresh token lives: switching to the API's
 * HttpOnly-cookie endpoint (docs/WEB-SESSION.md) changes this file alone.
 *
 * Until then the refresh token from login/register is held in memory (like the
 * access token), so a reload signs the member out.
 */
export interface SessionTokens {
  accessToken: string;
  expiresIn: number;
}

let refreshToken: string | null = null;

const REFRESH = `mutation RefreshSession($refreshToken: String!) {
  refreshSession(refreshToken: $refreshToken) { accessToken expiresIn refreshToken }
}`;
const LOGOUT = `mutation Logout($refreshToken: String!) { logout(refreshToken: $refreshToken) }`;

async function post<T>(query: string, variables: Record<string, unknown>): Promise<T | null> {
  const response = await fetch('/graphql', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  if (!response.ok) return null;
  const body = (await response.json()) as { data?: T | null };
  return body.data ?? null;
}

/** After login or register: remember what the next refresh needs. */
export function keepSession(payload: { refreshToken?: string | null }): void {
  refreshToken = payload.refreshToken ?? null;
}

/** A new access token, or null when there is no session to continue. */
export async function requestFreshTokens(): Promise<SessionTokens | null> {
  if (!refreshToken) return null;
  const data = await post<{ refreshSession: SessionTokens & { refreshToken: string } }>(REFRESH, { refreshToken }).catch(() => null);
  if (!data) {
    refreshToken = null;
    return null;
  }
  refreshToken = data.refreshSession.refreshToken;
  return { accessToken: data.refreshSession.accessToken, expiresIn: data.refreshSession.expiresIn };
}

export async function endSession(): Promise<void> {
  const token = refreshToken;
  refreshToken = null;
  if (token) await post(LOGOUT, { refreshToken: token }).catch(() => null);
}
