import { JwtService } from '@nestjs/jwt';
import { createTestApp, TestApp } from '@kindling/testing';
import { accountsMatching, onlyError, ok, register, RegistrationInput, tag, validRegistration } from './identity-helpers';

describe('register', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const passwordHashOf = async (userId: string): Promise<string> => {
    const rows: Array<{ password_hash: string }> = await t.db.query('SELECT password_hash FROM user_account WHERE id = $1', [userId]);
    return rows[0].password_hash;
  };

  describe('happy path', () => {
    it('creates the member with lower-cased handle and e-mail, UTC by default, and returns a working session', async () => {
      const id = tag();
      const input = {
        email: `Mixed.Case.${id}@Example.TEST`,
        password: 'hunter2hunter2',
        handle: `New_${id}`,
        displayName: '  Ana Lima  ',
      };
      const { register: payload } = ok(await register(t, input));

      expect(payload.user).toEqual({
        id: expect.stringMatching(/^[1-9]\d*$/),
        handle: `new_${id}`,
        displayName: 'Ana Lima',
        headline: null,
        bio: null,
        skills: [],
        interests: [],
        timezone: 'UTC',
        createdAt: expect.any(String),
        email: `mixed.case.${id}@example.test`,
        followerCount: 0,
        followingCount: 0,
      });
      expect(Math.abs(Date.parse(payload.user.createdAt as string) - Date.now())).toBeLessThan(60_000);
      expect(payload.expiresIn).toBe(t.config.accessTokenTtlSeconds);
      expect(payload.refreshToken).toMatch(/^[A-Za-z0-9_-]{32,256}$/);

      const claims = await new JwtService().verifyAsync<{ sub: string; exp: number; iat: number }>(payload.accessToken, {
        secret: t.config.jwtSecret,
        algorithms: ['HS256'],
      });
      expect(claims.sub).toBe(payload.user.id);
      expect(claims.exp - claims.iat).toBe(t.config.accessTokenTtlSeconds);

      const me = ok(await t.gql(`{ me { id handle email } }`, {}, { token: payload.accessToken }));
      expect(me.me).toEqual({ id: payload.user.id, handle: `new_${id}`, email: `mixed.case.${id}@example.test` });

      const rows: Array<{ handle: string; email: string; timezone: string }> = await t.db.query(
        'SELECT handle, email, timezone FROM user_account WHERE id = $1',
        [payload.user.id],
      );
      expect(rows).toEqual([{ handle: `new_${id}`, email: `mixed.case.${id}@example.test`, timezone: 'UTC' }]);
    });

    it.each(['America/Argentina/Salta', 'Europe/Lisbon', 'Asia/Kolkata', 'UTC'])(
      'keeps the explicit IANA time zone %s',
      async (timezone) => {
        const { register: payload } = ok(await register(t, validRegistration({ timezone })));
        expect(payload.user.timezone).toBe(timezone);
      },
    );

    it('treats an explicit null time zone as the UTC default', async () => {
      const { register: payload } = ok(await register(t, validRegistration({ timezone: null })));
      expect(payload.user.timezone).toBe('UTC');
    });

    it.each<[string, Partial<RegistrationInput>]>([
      ['password of exactly 8 characters', { password: 'x'.repeat(8) }],
      ['password of exactly 128 characters', { password: 'x'.repeat(128) }],
      ['handle of exactly 3 characters', { handle: tag().slice(0, 3) }],
      ['handle of exactly 30 characters', { handle: `h_${tag()}`.padEnd(30, '9') }],
      ['displayName of exactly 80 characters', { displayName: 'd'.repeat(80) }],
    ])('accepts the boundary: %s', async (_, overrides) => {
      const input = validRegistration(overrides);
      const { register: payload } = ok(await register(t, input));
      expect(payload.user.handle).toBe(input.handle.toLowerCase());
    });
  });

  describe('bad input', () => {
    const cases: Array<[string, keyof RegistrationInput, Partial<RegistrationInput>]> = [
      ['malformed email', 'email', { email: 'not-an-email' }],
      ['email without a domain', 'email', { email: 'someone@' }],
      ['email of 261 characters', 'email', { email: `${'a'.repeat(64)}@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(63)}.test` }],
      ['password of 7 characters', 'password', { password: 'x'.repeat(7) }],
      ['password of 129 characters', 'password', { password: 'x'.repeat(129) }],
      ['handle too short (ab)', 'handle', { handle: 'ab' }],
      ['handle of 31 characters', 'handle', { handle: 'h'.repeat(31) }],
      ['handle with a dash', 'handle', { handle: 'has-dash' }],
      ['handle with a space', 'handle', { handle: 'spa ce' }],
      ['handle with a non-ASCII letter', 'handle', { handle: 'joão_x' }],
      ['blank displayName', 'displayName', { displayName: '   ' }],
      ['empty displayName', 'displayName', { displayName: '' }],
      ['displayName of 81 characters', 'displayName', { displayName: 'd'.repeat(81) }],
      ['unknown time zone', 'timezone', { timezone: 'Mars/Olympus' }],
      ['offset instead of a zone', 'timezone', { timezone: '+02:00' }],
      ['UTC with an offset', 'timezone', { timezone: 'utc+1' }],
      ['empty time zone', 'timezone', { timezone: '' }],
    ];

    it.each(cases)('%s → BAD_USER_INPUT naming %s, nothing written', async (_, field, overrides) => {
      const input = validRegistration(overrides);
      const res = await register(t, input);

      expect(res.data).toBeNull();
      const error = onlyError(res);
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(await accountsMatching(t, input.email, input.handle)).toBe(0);
    });
  });

  describe('uniqueness', () => {
    it('rejects an e-mail that differs only in case → CONFLICT on email, nothing written', async () => {
      const id = tag();
      ok(await register(t, validRegistration({ email: `A.${id}@x.test` })));
      const second = validRegistration({ email: `a.${id}@X.TEST` });
      const res = await register(t, second);

      expect(onlyError(res).extensions).toMatchObject({ code: 'CONFLICT', field: 'email' });
      expect(await accountsMatching(t, `a.${id}@x.test`, '-')).toBe(1);
      expect(await accountsMatching(t, '-', second.handle)).toBe(0);
    });

    it('rejects a handle that differs only in case → CONFLICT on handle, nothing written', async () => {
      const id = tag();
      ok(await register(t, validRegistration({ handle: `Dup_${id}` })));
      const second = validRegistration({ handle: `dUP_${id}` });
      const res = await register(t, second);

      expect(onlyError(res).extensions).toMatchObject({ code: 'CONFLICT', field: 'handle' });
      expect(await accountsMatching(t, '-', `dup_${id}`)).toBe(1);
      expect(await accountsMatching(t, second.email, '-')).toBe(0);
    });

    it('two concurrent registrations of one e-mail: one account, the other gets CONFLICT (not an internal error)', async () => {
      const email = `race.${tag()}@example.test`;
      const results = await Promise.all([register(t, validRegistration({ email })), register(t, validRegistration({ email }))]);

      const codes = results.map((r): string => (r.errors ? String(r.errors[0].extensions?.code) : 'OK')).sort((a, b) => a.localeCompare(b));
      expect(codes).toEqual(['CONFLICT', 'OK']);
      expect(await accountsMatching(t, email, '-')).toBe(1);
    });
  });

  describe('password storage', () => {
    it('stores an argon2id hash, never the password, salted per account', async () => {
      const password = 'same secret phrase';
      const [a, b] = [validRegistration({ password }), validRegistration({ password })];
      const first = ok(await register(t, a)).register;
      const second = ok(await register(t, b)).register;

      const [hashA, hashB] = [await passwordHashOf(first.user.id), await passwordHashOf(second.user.id)];
      for (const hash of [hashA, hashB]) {
        expect(hash.startsWith('$argon2id$')).toBe(true);
        expect(hash).not.toBe(password);
        expect(hash).not.toContain(password);
      }
      expect(hashA).not.toBe(hashB);
    });

    it('never exposes the hash through the API', async () => {
      const res = await t.gql(`{ me { passwordHash } }`);
      expect(onlyError(res).extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    });
  });
});
