import { createTestApp, DEFAULT_PASSWORD, randomIp, TestApp } from '@kindling/testing';
import { tag, validRegistration } from './identity-helpers';

interface Answer {
  status: number;
  body: Record<string, any>;
  /** The Set-Cookie of the session cookie, when the answer had one. */
  cookie?: string;
}

const WEB = { 'content-type': 'application/json', 'x-kindling-client': 'web' };
const cookieValue = (setCookie: string | undefined) => setCookie && /^kindling_refresh=([^;]*)/.exec(setCookie)?.[1];
const cleared = (setCookie: string | undefined) =>
  !!setCookie && cookieValue(setCookie) === '' && /Expires=Thu, 01 Jan 1970/i.test(setCookie);

/** The browser-session endpoints (docs/WEB-SESSION.md), driven as the web app's fetch calls do. */
describe('browser session (cookie refresh)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  async function call(
    path: string,
    options: { body?: unknown; cookie?: string; headers?: Record<string, string>; raw?: string } = {},
  ): Promise<Answer> {
    const response = await fetch(`${t.url}/auth/${path}`, {
      method: 'POST',
      headers: {
        ...WEB,
        'x-forwarded-for': randomIp(),
        ...(options.cookie && { cookie: `kindling_refresh=${options.cookie}` }),
        ...options.headers,
      },
      body: options.raw ?? JSON.stringify(options.body ?? {}),
    });
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith('kindling_refresh='));
    return { status: response.status, body: (await response.json()) as Record<string, any>, cookie };
  }
  const meId = async (accessToken: string) =>
    (await t.gql<{ me: { id: string } | null }>('{ me { id } }', {}, { token: accessToken })).data?.me?.id;
  const signedIn = async () => {
    const registration = validRegistration();
    const res = await call('register', { body: registration });
    expect(res.status).toBe(200);
    return { registration, res, token: cookieValue(res.cookie)! };
  };
  const refreshTokenRows = async (userId: string) =>
    (await t.db.query(`SELECT count(*)::int AS n FROM refresh_token WHERE user_id = $1 AND revoked_at IS NULL`, [userId]))[0].n as number;

  describe('register and login', () => {
    it('register: the access token in the body, the refresh token only in an HttpOnly SameSite=Strict cookie scoped to /auth', async () => {
      const { res, registration } = await signedIn();
      expect(res.body).toEqual({
        accessToken: expect.any(String),
        expiresIn: t.config.accessTokenTtlSeconds,
        user: { id: expect.any(String), handle: registration.handle },
      });
      expect(JSON.stringify(res.body)).not.toContain(cookieValue(res.cookie));
      const attributes = res.cookie!.split(';').map((a) => a.trim().toLowerCase());
      expect(attributes).toEqual(
        expect.arrayContaining(['httponly', 'samesite=strict', 'path=/auth', `max-age=${t.config.refreshTokenTtlDays * 86_400}`]),
      );
      expect(attributes).not.toContain('secure'); // plain-http development (SESSION_COOKIE_SECURE defaults off outside production)
      expect(cookieValue(res.cookie)).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(await meId(res.body.accessToken)).toBe(res.body.user.id);
    });

    it('login: the same answer; a wrong password is 401 UNAUTHENTICATED and sets no cookie', async () => {
      const member = await t.factories.member();
      const good = await call('login', { body: { email: member.user.email, password: DEFAULT_PASSWORD } });
      expect(good.status).toBe(200);
      expect(cookieValue(good.cookie)).toBeTruthy();
      expect(await meId(good.body.accessToken)).toBe(member.user.id);

      const bad = await call('login', { body: { email: member.user.email, password: 'not the password' } });
      expect(bad.status).toBe(401);
      expect(bad.body.errors[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS' });
      expect(bad.cookie).toBeUndefined();
    });

    it('field errors have the GraphQL shape, name the field, and write nothing', async () => {
      const handle = `bad handle ${tag()}`;
      const invalid = await call('register', { body: validRegistration({ handle }) });
      expect(invalid.status).toBe(400);
      expect(invalid.body.errors).toEqual([
        { message: expect.any(String), extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'handle' }) },
      ]);
      expect(invalid.cookie).toBeUndefined();

      const unknown = await call('register', { body: { ...validRegistration(), role: 'admin' } });
      expect(unknown.status).toBe(400);
      expect(unknown.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'role' });

      const { registration } = await signedIn();
      const taken = await call('register', { body: validRegistration({ handle: registration.handle }) });
      expect(taken.status).toBe(409);
      expect(taken.body.errors[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'HANDLE_TAKEN' });
    });
  });

  describe('CSRF: requests a cross-site page could send are refused before anything runs', () => {
    it.each([
      ['a form post (urlencoded)', { 'content-type': 'application/x-www-form-urlencoded' }, 'email=a%40b.test&password=x'],
      ['a text/plain post', { 'content-type': 'text/plain' }, '{}'],
      ['JSON without the x-kindling-client header', { 'x-kindling-client': '' }, '{}'],
      ['JSON with another x-kindling-client', { 'x-kindling-client': 'evil' }, '{}'],
      ['a JSON array body', {}, '[]'],
    ])('%s to /auth/refresh and /auth/logout: 403 FORBIDDEN reason CSRF, the session untouched', async (_, headers, raw) => {
      const { res, token } = await signedIn();
      for (const path of ['refresh', 'logout']) {
        const refused = await call(path, { cookie: token, headers, raw });
        expect(refused.status).toBe(403);
        expect(refused.body.errors[0].extensions).toEqual({ code: 'FORBIDDEN', reason: 'CSRF' });
        expect(refused.cookie).toBeUndefined();
      }
      expect(await meId(res.body.accessToken)).toBe(res.body.user.id); // not logged out
      expect((await call('refresh', { cookie: token })).status).toBe(200); // not rotated
    });

    it('a form post to /auth/register creates no account', async () => {
      const registration = validRegistration();
      const form = new URLSearchParams(registration as unknown as Record<string, string>).toString();
      const refused = await call('register', { headers: { 'content-type': 'application/x-www-form-urlencoded' }, raw: form });
      expect(refused.status).toBe(403);
      const [row] = await t.db.query(`SELECT count(*)::int AS n FROM user_account WHERE handle = $1`, [registration.handle]);
      expect(row.n).toBe(0);
    });
  });

  describe('refresh', () => {
    it('rotates the cookie and returns a new access token; no cookie is 401 and clears it', async () => {
      const { res, token } = await signedIn();
      const rotated = await call('refresh', { cookie: token });
      expect(rotated.status).toBe(200);
      expect(rotated.body).toEqual({ accessToken: expect.any(String), expiresIn: t.config.accessTokenTtlSeconds, user: res.body.user });
      expect(cookieValue(rotated.cookie)).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(cookieValue(rotated.cookie)).not.toBe(token);
      expect(await meId(rotated.body.accessToken)).toBe(res.body.user.id);

      const none = await call('refresh');
      expect(none.status).toBe(401);
      expect(none.body.errors[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'INVALID_REFRESH_TOKEN' });
      expect(cleared(none.cookie)).toBe(true);
    });

    it('two tabs refreshing with the same cookie at once both succeed with the same successor, and the session lives on', async () => {
      const { res, token } = await signedIn();
      const tabs = await Promise.all([1, 2, 3].map(() => call('refresh', { cookie: token })));
      expect(tabs.map((tab) => tab.status)).toEqual([200, 200, 200]);
      const successors = new Set(tabs.map((tab) => cookieValue(tab.cookie)));
      expect(successors.size).toBe(1);
      for (const tab of tabs) expect(await meId(tab.body.accessToken)).toBe(res.body.user.id);

      const next = await call('refresh', { cookie: [...successors][0]! });
      expect(next.status).toBe(200);
      expect(await refreshTokenRows(res.body.user.id)).toBeGreaterThan(0);
    });

    it('a rotated token replayed after the 10 s grace is reuse: 401, cookie cleared, the whole session ended', async () => {
      const { res, token } = await signedIn();
      const rotated = await call('refresh', { cookie: token });
      await t.db.query(`UPDATE refresh_token SET used_at = now() - interval '11 seconds' WHERE used_at IS NOT NULL AND user_id = $1`, [
        res.body.user.id,
      ]);
      const replay = await call('refresh', { cookie: token });
      expect(replay.status).toBe(401);
      expect(cleared(replay.cookie)).toBe(true);
      expect((await call('refresh', { cookie: cookieValue(rotated.cookie)! })).status).toBe(401); // the newest token died too
      expect(await meId(rotated.body.accessToken)).toBeUndefined(); // and the family's access tokens
      expect(await refreshTokenRows(res.body.user.id)).toBe(0);
    });

    it('within the grace, a token whose successor was already spent is reuse too', async () => {
      const { res, token } = await signedIn();
      const second = await call('refresh', { cookie: token });
      expect((await call('refresh', { cookie: cookieValue(second.cookie)! })).status).toBe(200);
      const replay = await call('refresh', { cookie: token });
      expect(replay.status).toBe(401);
      expect(await refreshTokenRows(res.body.user.id)).toBe(0);
    });

    it('the GraphQL refreshSession keeps strict rotation (no grace) for token-in-body clients', async () => {
      const { token } = await signedIn();
      const mutation = `mutation($t: String!) { refreshSession(refreshToken: $t) { refreshToken } }`;
      expect((await t.gql(mutation, { t: token })).errors).toBeUndefined();
      expect((await t.gql(mutation, { t: token })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    });
  });

  describe('logout', () => {
    it('ends the session (access tokens too, at once) and clears the cookie', async () => {
      const { res, token } = await signedIn();
      const out = await call('logout', { cookie: token });
      expect(out.status).toBe(200);
      expect(out.body).toEqual({ ok: true });
      expect(cleared(out.cookie)).toBe(true);
      expect(await meId(res.body.accessToken)).toBeUndefined();
      expect((await call('refresh', { cookie: token })).status).toBe(401);
    });

    it('without a cookie it still answers ok and clears', async () => {
      const out = await call('logout');
      expect(out.status).toBe(200);
      expect(cleared(out.cookie)).toBe(true);
    });
  });

  it('SESSION_COOKIE_SECURE=true marks the cookie Secure', async () => {
    const secure = await createTestApp({ env: { SESSION_COOKIE_SECURE: 'true' } });
    try {
      const response = await fetch(`${secure.url}/auth/register`, {
        method: 'POST',
        headers: { ...WEB, 'x-forwarded-for': randomIp() },
        body: JSON.stringify(validRegistration()),
      });
      const cookie = response.headers.getSetCookie().find((c) => c.startsWith('kindling_refresh='));
      expect(cookie?.split(';').map((a) => a.trim().toLowerCase())).toContain('secure');
    } finally {
      await secure.close();
    }
  });
});
