import { randomBytes, randomUUID } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import { ACCESS_TOKEN_AUDIENCE, ACCESS_TOKEN_ISSUER, AUTH_RATE_LIMITS } from '@kindling/auth';
import { createTestApp, DEFAULT_PASSWORD, GraphQLResponse, TestApp, TestMember } from '@kindling/testing';

const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
/** IPv6 documentation addresses, random per call: a rate-limit bucket of its own. */
const uniqueIp = () => `2001:db8:5ec:${randomBytes(2).toString('hex')}::${randomBytes(1).toString('hex')}`;

describe('authentication', () => {
  let t: TestApp;
  let member: TestMember;
  const jwt = new JwtService();
  beforeAll(async () => {
    t = await createTestApp();
    member = await t.factories.member();
  });
  afterAll(() => t.close());

  const now = () => Math.floor(Date.now() / 1000);
  const claims = (extra: Record<string, unknown> = {}) =>
    JSON.parse(
      JSON.stringify({
        sub: member.user.id,
        sid: randomUUID(),
        iat: now(),
        exp: now() + 600,
        iss: ACCESS_TOKEN_ISSUER,
        aud: ACCESS_TOKEN_AUDIENCE,
        ...extra,
      }),
    ) as Record<string, unknown>;
  const sign = (payload: Record<string, unknown>, secret = t.config.jwtSecret) => jwt.signAsync(payload, { secret, algorithm: 'HS256' });

  const tokens: Array<[string, () => Promise<string>]> = [
    ['a bad signature', async () => sign(claims(), 'another-secret-that-is-long-enough-to-pass')],
    ['a tampered payload', async () => (await sign(claims())).replace(/\.[^.]+\./, `.${b64(claims({ sub: '1' }))}.`)],
    ['alg: none', async () => `${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims())}.`],
    // An expired token of ours is refused with reason TOKEN_EXPIRED instead: test/e2e/auth/token-expired.e2e-spec.ts.
    ['an expired token with a bad signature', async () => sign(claims({ exp: now() - 1 }), 'another-secret-that-is-long-enough-to-pass')],
    ['a wrong issuer', async () => sign(claims({ iss: 'someone-else' }))],
    ['a wrong audience', async () => sign(claims({ aud: 'another-api' }))],
    ['no issuer', async () => sign(claims({ iss: undefined }))],
    ['no audience', async () => sign(claims({ aud: undefined }))],
  ];

  it.each(tokens)('%s is UNAUTHENTICATED: no viewer, and mutations refused without writing', async (_, token) => {
    const bearer = await token();
    expect((await t.gql(`{ me { id } }`, {}, { token: bearer })).data).toEqual({ me: null });
    const res = await t.gql(`mutation { updateProfile(input: { headline: "pwned" }) { id } }`, {}, { token: bearer });
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const [row] = await t.db.query(`SELECT headline FROM user_account WHERE id = $1`, [member.user.id]);
    expect(row.headline).toBeNull();
  });

  it('a token with the right issuer and audience works (control), and issued tokens carry both', async () => {
    expect((await t.gql(`{ me { id } }`, {}, { token: await sign(claims()) })).data).toEqual({ me: { id: member.user.id } });
    const decoded = jwt.decode<Record<string, unknown>>(member.token);
    expect(decoded).toMatchObject({ iss: ACCESS_TOKEN_ISSUER, aud: ACCESS_TOKEN_AUDIENCE });
  });

  describe('brute force through aliases', () => {
    const aliasedLogins = (emails: string[], password: string) =>
      `mutation { ${emails.map((e, i) => `l${i}: login(input: { email: "${e}", password: "${password}" }) { accessToken }`).join(' ')} }`;
    const codes = (res: GraphQLResponse, n: number) =>
      Array.from({ length: n }, (_, i) => res.errors?.find((e) => e.path?.[0] === `l${i}`)?.extensions?.code ?? 'OK');

    it('on an e-mail locked against an address, aliased logins from there are refused at the first and none runs', async () => {
      const target = await t.factories.member();
      const rule = AUTH_RATE_LIMITS.loginPerEmail;
      const ip = uniqueIp();
      for (let i = 0; i < rule.limit; i++) await t.gql(aliasedLogins([target.user.email], `guess ${i}`), {}, { ip });
      const res = await t.gql(aliasedLogins(Array(15).fill(target.user.email), DEFAULT_PASSWORD), {}, { ip });
      // Mutation fields run in order and are non-null: the first refusal ends the operation.
      expect(codes(res, 1)).toEqual(['RATE_LIMITED']);
      expect(res.errors).toHaveLength(1);
      expect(res.errors![0].extensions?.retryAfter).toBeGreaterThan(0);
      const [row] = await t.db.query(`SELECT count(*)::int AS n FROM refresh_token WHERE user_id = $1`, [target.user.id]);
      expect(row.n).toBe(0);
    });

    it('a wrong password ends the aliased batch: one guess per request, and each counts', async () => {
      const target = await t.factories.member();
      const rule = AUTH_RATE_LIMITS.loginPerEmail;
      const ip = uniqueIp();
      for (let i = 0; i < rule.limit; i++) {
        const res = await t.gql(aliasedLogins(Array(15).fill(target.user.email), `guess ${i}`), {}, { ip });
        expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
      }
      const after = await t.gql(aliasedLogins([target.user.email], DEFAULT_PASSWORD), {}, { ip });
      expect(codes(after, 1)).toEqual(['RATE_LIMITED']);
    });

    it('aliased logins each count against the per-IP limit', async () => {
      const rule = AUTH_RATE_LIMITS.loginPerIp;
      const people = await t.factories.members(15);
      const ip = uniqueIp();
      const emails = people.map((m) => m.user.email);
      const results: string[] = [];
      for (let i = 0; i < Math.floor(rule.limit / 15); i++)
        results.push(...codes(await t.gql(aliasedLogins(emails, DEFAULT_PASSWORD), {}, { ip }), 15));
      expect(results).toEqual(Array(rule.limit).fill('OK'));
      const next = await t.gql(aliasedLogins(emails, DEFAULT_PASSWORD), {}, { ip });
      expect(codes(next, 1)).toEqual(['RATE_LIMITED']);
    });

    it('16 aliased logins are refused before any runs', async () => {
      const target = await t.factories.member();
      const res = await t.gql(aliasedLogins(Array(16).fill(target.user.email), DEFAULT_PASSWORD), {}, { ip: uniqueIp() });
      expect(res.status).toBe(400);
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'aliases' });
      const [row] = await t.db.query(`SELECT count(*)::int AS n FROM refresh_token WHERE user_id = $1`, [target.user.id]);
      expect(row.n).toBe(0);
    });
  });
});
