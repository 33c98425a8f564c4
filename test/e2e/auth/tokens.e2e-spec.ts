import { ACCESS_TOKEN_AUDIENCE, ACCESS_TOKEN_ISSUER } from '@kindling/auth';
import { createHmac, randomUUID } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import { createTestApp, DEFAULT_PASSWORD, GraphQLResponse, TestApp, TestMember } from '@kindling/testing';
import { login, ok } from './identity-helpers';

const b64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const now = () => Math.floor(Date.now() / 1000);

/** Builds an HS256 JWT by hand, so header and claims can be anything. */
function handMadeJwt(header: Record<string, unknown>, claims: Record<string, unknown>, secret: string | null): string {
  const unsigned = `${b64url(header)}.${b64url(claims)}`;
  const signature = secret === null ? '' : createHmac('sha256', secret).update(unsigned).digest('base64url');
  return `${unsigned}.${signature}`;
}

describe('access token abuse', () => {
  let t: TestApp;
  let member: TestMember;
  const jwt = new JwtService();

  beforeAll(async () => {
    t = await createTestApp();
    member = await t.factories.member();
  });
  afterAll(() => t.close());

  const claimsOf = (extra: Record<string, unknown> = {}) => ({
    sub: member.user.id,
    sid: randomUUID(),
    iat: now(),
    exp: now() + 600,
    ...extra,
  });
  /** Signs with @nestjs/jwt (jsonwebtoken): claims set to undefined are left out. */
  const sign = (payload: Record<string, unknown>, options: { secret?: string; expiresIn?: number; algorithm?: 'HS256' | 'HS512' } = {}) =>
    jwt.signAsync(JSON.parse(JSON.stringify(payload)) as Record<string, unknown>, {
      secret: options.secret ?? t.config.jwtSecret,
      algorithm: options.algorithm ?? 'HS256',
      issuer: ACCESS_TOKEN_ISSUER,
      audience: ACCESS_TOKEN_AUDIENCE,
      ...(options.expiresIn !== undefined && { expiresIn: options.expiresIn }),
    });

  const me = (headers: Record<string, string>) => t.gql<{ me: { id: string } | null }>(`{ me { id } }`, {}, { headers });
  const updateProfile = (headers: Record<string, string>) =>
    t.gql<{ updateProfile: { id: string; headline: string | null } }>(
      `mutation { updateProfile(input: { headline: "pwned" }) { id headline } }`,
      {},
      { headers },
    );
  const headlineInDb = async () => {
    const rows: Array<{ headline: string | null }> = await t.db.query('SELECT headline FROM user_account WHERE id = $1', [member.user.id]);
    return rows[0].headline;
  };
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

  const forged: Array<[string, () => Promise<Record<string, string>>]> = [
    ['no token', async () => ({})],
    ['an empty bearer', async () => ({ authorization: 'Bearer ' })],
    ['garbage', async () => bearer('not.a.jwt')],
    ['random bytes', async () => bearer('x'.repeat(300))],
    [
      'a token signed with another secret',
      async () => bearer(await sign(claimsOf(), { secret: 'another-secret-of-at-least-32-characters!' })),
    ],
    // An expired token of ours is refused with reason TOKEN_EXPIRED instead: token-expired.e2e-spec.ts.
    [
      'an expired token signed with another secret',
      async () => bearer(await sign(claimsOf({ exp: now() - 60 }), { secret: 'another-secret-of-at-least-32-characters!' })),
    ],
    ['alg none with a valid-looking payload', async () => bearer(handMadeJwt({ alg: 'none', typ: 'JWT' }, claimsOf(), null))],
    ['alg none signed anyway', async () => bearer(handMadeJwt({ alg: 'none', typ: 'JWT' }, claimsOf(), t.config.jwtSecret))],
    ['HS256 header without a signature', async () => bearer(handMadeJwt({ alg: 'HS256', typ: 'JWT' }, claimsOf(), null))],
    ['HS512 with the right secret (algorithm not pinned)', async () => bearer(await sign(claimsOf(), { algorithm: 'HS512' }))],
    [
      'a valid token with its payload swapped',
      async () => {
        const [header, , signature] = (await sign(claimsOf())).split('.');
        return bearer(`${header}.${b64url(claimsOf({ sub: '1' }))}.${signature}`);
      },
    ],
    ['sub that is not an id (letters)', async () => bearer(await sign(claimsOf({ sub: 'admin' })))],
    ['sub that is not an id (zero)', async () => bearer(await sign(claimsOf({ sub: '0' })))],
    ['sub that is not an id (SQL)', async () => bearer(await sign(claimsOf({ sub: `${member.user.id} OR 1=1` })))],
    ['sub that is a number, not a string', async () => bearer(await sign(claimsOf({ sub: Number(member.user.id) })))],
    ['no sub at all', async () => bearer(await sign(claimsOf({ sub: undefined })))],
    ['no session id', async () => bearer(await sign(claimsOf({ sid: undefined })))],
    ['the right token under another scheme', async () => ({ authorization: `Basic ${member.token}` })],
  ];

  it.each(forged)('%s: me is null and updateProfile is UNAUTHENTICATED, nothing changes', async (_, headers) => {
    const h = await headers();
    const meRes = await me(h);
    expect(meRes.errors).toBeUndefined();
    expect(meRes.data).toEqual({ me: null });

    const res = await updateProfile(h);
    expect(res.data).toBeNull();
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(await headlineInDb()).toBeNull();
  });

  it('a refresh token is not an access token', async () => {
    const session = ok(await login(t, member.user.email, DEFAULT_PASSWORD)).login;
    const meRes: GraphQLResponse<{ me: unknown }> = await me(bearer(session.refreshToken));
    expect(meRes.data).toEqual({ me: null });
  });

  it('a valid token works for both (control)', async () => {
    const other = await t.factories.member();
    const token = await sign({ sid: randomUUID(), sub: other.user.id }, { expiresIn: 60 });
    expect(ok(await me(bearer(token))).me).toEqual({ id: other.user.id });
    expect(ok(await updateProfile(bearer(token))).updateProfile).toEqual({ id: other.user.id, headline: 'pwned' });
    expect(ok(await me({ authorization: `bearer   ${token}` })).me).toEqual({ id: other.user.id });
  });

  it('the factory token and an API-issued token both authenticate', async () => {
    expect(ok(await me(bearer(member.token))).me).toEqual({ id: member.user.id });
    const session = ok(await login(t, member.user.email, DEFAULT_PASSWORD)).login;
    expect(ok(await me(bearer(session.accessToken))).me).toEqual({ id: member.user.id });
  });
});
