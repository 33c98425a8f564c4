/**
 * How the browser opens, continues and ends its session: the API's /auth
 * endpoints (docs/WEB-SESSION.md). The refresh token lives in an HttpOnly
 * cookie scoped to /auth that this code never sees; the access token comes
 * back in the body and is kept in memory by the caller. This is the only file
 * that knows the endpoints.
 */
export interface SessionTokens {
  accessToken: string;
  expiresIn: number;
}

export interface ApiErrorShape {
  message: string;
  extensions?: Record<string, unknown>;
}

/** A refused /auth request, with the API's errors in the GraphQL error shape (field, code, reason). */
export class SessionRequestError extends Error {
  constructor(readonly errors: readonly ApiErrorShape[]) {
    super(errors[0]?.message ?? 'The request was refused');
  }
}

async function post(path: string, body: object): Promise<Response> {
  return fetch(path, {
    method: 'POST',
    credentials: 'same-origin',
    // Both headers are required: a cross-site form or "simple" request can set neither (CSRF).
    headers: { 'content-type': 'application/json', 'x-kindling-client': 'web' },
    body: JSON.stringify(body),
  });
}

async function tokensOrThrow(response: Response): Promise<SessionTokens> {
  const body = (await response.json().catch(() => ({}))) as Partial<SessionTokens> & { errors?: ApiErrorShape[] };
  if (!response.ok || !body.accessToken || typeof body.expiresIn !== 'number') {
    throw new SessionRequestError(body.errors?.length ? body.errors : [{ message: `The server answered ${response.status}` }]);
  }
  return { accessToken: body.accessToken, expiresIn: body.expiresIn };
}

export interface RegisterFields {
  email: string;
  password: string;
  handle: string;
  displayName: string;
  timezone?: string;
}

/** Signs in or signs up; the API sets the refresh cookie. Throws SessionRequestError with field errors. */
export async function openSession(kind: 'login', body: { email: string; password: string }): Promise<SessionTokens>;
export async function openSession(kind: 'register', body: RegisterFields): Promise<SessionTokens>;
export async function openSession(kind: 'login' | 'register', body: object): Promise<SessionTokens> {
  return tokensOrThrow(await post(`/auth/${kind}`, body));
}

/** A new access token from the cookie, or null when there is no session to continue (401). */
export async function requestFreshTokens(): Promise<SessionTokens | null> {
  const response = await post('/auth/refresh', {});
  if (response.status === 401) return null;
  return tokensOrThrow(response);
}

export async function endSession(): Promise<void> {
  await post('/auth/logout', {}).catch(() => undefined);
}
