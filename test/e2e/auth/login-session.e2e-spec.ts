import { createHash } from 'node:crypto';
import { createTestApp, DEFAULT_PASSWORD, TestApp, TestMember } from '@kindling/testing';
import { AuthPayloadData, LOGOUT, login, onlyError, ok, refresh } from './identity-helpers';

describe('login and sessions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  /** A fresh member signed in through the API: its first session. */
  const signedIn = async (): Promise<{ member: TestMember; session: AuthPayloadData }> => {
    const member = await t.factories.member();
    const session = ok(await login(t, member.user.email, DEFAULT_PASSWORD)).login;
    return { member, session };
  };

  const logout = (token: string) => t.gql<{ logout: boolean }>(LOGOUT, { token });
  const meId = async (accessToken: string) =>
    ok(await t.gql<{ me: { id: string } | null }>(`{ me { id } }`, {}, { token: accessToken })).me?.id;
  const expectUnauthenticated = (res: Awaited<ReturnType<typeof refresh>>) => {
    expect(res.data).toBeNull();
    expect(onlyError(res).extensions?.code).toBe('UNAUTHENTICATED');
  };

  describe('login', () => {
    it('signs in with the e-mail in any case and returns a working session', async () => {
      const member = await t.factories.member();
      const payload = ok(await login(t, `  ${member.user.email.toUpperCase()} `, DEFAULT_PASSWORD)).login;

      expect(payload.user).toMatchObject({ id: member.user.id, handle: member.user.handle, email: member.user.email });
      expect(payload.expiresIn).toBe(t.config.accessTokenTtlSeconds);
      expect(payload.refreshToken).not.toBe('');
      expect(await meId(payload.accessToken)).toBe(member.user.id);
    });

    it('gives a wrong password and an unknown e-mail the very same error, without a field', async () => {
      const member = await t.factories.member();
      const wrongPassword = await login(t, member.user.email, 'not the password');
      const unknownEmail = await login(t, `nobody-${member.user.id}@example.test`, DEFAULT_PASSWORD);

      for (const res of [wrongPassword, unknownEmail]) {
        expect(res.data).toBeNull();
        expect(onlyError(res).extensions?.code).toBe('UNAUTHENTICATED');
        expect(res.errors![0].extensions).not.toHaveProperty('field');
      }
      const [a, b] = [wrongPassword.errors![0], unknownEmail.errors![0]];
      expect(a.message).toBe(b.message);
      expect(a.extensions).toEqual(b.extensions);
      expect(a.message).not.toMatch(/e-?mail (is )?(unknown|not found)|no such/i);
    });

    it('rejects the right password with different case', async () => {
      const member = await t.factories.member();
      const res = await login(t, member.user.email, DEFAULT_PASSWORD.toUpperCase());
      expect(onlyError(res).extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('opens a new session per login: sessions are independent', async () => {
      const { member, session: first } = await signedIn();
      const second = ok(await login(t, member.user.email, DEFAULT_PASSWORD)).login;
      expect(second.refreshToken).not.toBe(first.refreshToken);

      expect(ok(await logout(first.refreshToken)).logout).toBe(true);
      expectUnauthenticated(await refresh(t, first.refreshToken));
      expect(ok(await refresh(t, second.refreshToken)).refreshSession.user.id).toBe(member.user.id);
    });
  });

  describe('refreshSession', () => {
    it('rotates: returns a new pair for the same member; the old refresh token then fails', async () => {
      const { member, session } = await signedIn();
      const rotated = ok(await refresh(t, session.refreshToken)).refreshSession;

      expect(rotated.refreshToken).not.toBe(session.refreshToken);
      expect(rotated.user).toMatchObject({ id: member.user.id, email: member.user.email });
      expect(rotated.expiresIn).toBe(t.config.accessTokenTtlSeconds);
      expect(await meId(rotated.accessToken)).toBe(member.user.id);

      expectUnauthenticated(await refresh(t, session.refreshToken));
    });

    it('revokes the whole family when a spent token is presented again (the newest token stops working too)', async () => {
      const { member, session } = await signedIn();
      const second = ok(await refresh(t, session.refreshToken)).refreshSession;
      const third = ok(await refresh(t, second.refreshToken)).refreshSession;

      expectUnauthenticated(await refresh(t, session.refreshToken)); // replay of a spent token
      expectUnauthenticated(await refresh(t, third.refreshToken)); // the thief's (or owner's) newest token is dead
      expect(await meId(third.accessToken)).toBeUndefined(); // and so are the family's access tokens

      const live: Array<{ n: string }> = await t.db.query(
        'SELECT count(*) AS n FROM refresh_token WHERE user_id = $1 AND revoked_at IS NULL',
        [member.user.id],
      );
      expect(Number(live[0].n)).toBe(0);
    });

    it('a replay in one session leaves the member’s other sessions alone', async () => {
      const { member, session } = await signedIn();
      const other = ok(await login(t, member.user.email, DEFAULT_PASSWORD)).login;
      ok(await refresh(t, session.refreshToken));
      expectUnauthenticated(await refresh(t, session.refreshToken));

      expect(ok(await refresh(t, other.refreshToken)).refreshSession.user.id).toBe(member.user.id);
    });

    it('lets at most one of several concurrent refreshes with the same token succeed', async () => {
      const { session } = await signedIn();
      const results = await Promise.all(Array.from({ length: 4 }, () => refresh(t, session.refreshToken)));

      const succeeded = results.filter((r) => !r.errors);
      expect(succeeded.length).toBeLessThanOrEqual(1);
      for (const failed of results.filter((r) => r.errors)) expect(failed.errors![0].extensions?.code).toBe('UNAUTHENTICATED');
      // The losers were replays: the family is revoked, so even the winner's new token is dead.
      for (const winner of succeeded) expectUnauthenticated(await refresh(t, winner.data!.refreshSession.refreshToken));
    });

    it('rejects an expired refresh token', async () => {
      const { session } = await signedIn();
      const hash = createHash('sha256').update(session.refreshToken).digest('hex');
      await t.db.query(`UPDATE refresh_token SET expires_at = now() - interval '1 second' WHERE token_hash = $1`, [hash]);
      expectUnauthenticated(await refresh(t, session.refreshToken));
    });

    it('stores only a hash of the refresh token', async () => {
      const { member, session } = await signedIn();
      const rows: Array<{ token_hash: string }> = await t.db.query('SELECT token_hash FROM refresh_token WHERE user_id = $1', [
        member.user.id,
      ]);
      expect(rows.map((r) => r.token_hash)).toEqual([createHash('sha256').update(session.refreshToken).digest('hex')]);
    });

    it('rejects an unknown but well-formed token (256 characters) as UNAUTHENTICATED', async () => {
      expectUnauthenticated(await refresh(t, 'x'.repeat(256)));
    });
  });

  describe('logout', () => {
    it('returns true, and the token can no longer be refreshed', async () => {
      const { session } = await signedIn();
      expect(ok(await logout(session.refreshToken)).logout).toBe(true);
      expectUnauthenticated(await refresh(t, session.refreshToken));
    });

    it('ends the whole session: a token already rotated away and its successor both stop working', async () => {
      const { session } = await signedIn();
      const rotated = ok(await refresh(t, session.refreshToken)).refreshSession;
      expect(ok(await logout(session.refreshToken)).logout).toBe(true);
      expectUnauthenticated(await refresh(t, rotated.refreshToken));
    });

    it('returns false for an unknown token', async () => {
      expect(ok(await logout('never-issued-token'))).toEqual({ logout: false });
    });

    it("ends the session's access tokens at once, not when they expire; other sessions keep theirs", async () => {
      const { member, session } = await signedIn();
      const other = ok(await login(t, member.user.email, DEFAULT_PASSWORD)).login;
      expect(await meId(session.accessToken)).toBe(member.user.id);

      expect(ok(await logout(session.refreshToken)).logout).toBe(true);
      expect(await meId(session.accessToken)).toBeUndefined();
      expect(await meId(other.accessToken)).toBe(member.user.id);
    });
  });

  describe('malformed refresh tokens', () => {
    it.each([
      ['refreshSession', 'empty', ''],
      ['refreshSession', '300 characters', 'x'.repeat(300)],
      ['logout', 'empty', ''],
      ['logout', '300 characters', 'x'.repeat(300)],
    ])('%s with a token %s → BAD_USER_INPUT on refreshToken', async (operation, _, token) => {
      const res = operation === 'logout' ? await logout(token) : await refresh(t, token);
      expect(res.data).toBeNull();
      expect(onlyError(res).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'refreshToken' });
    });
  });
});
