import { randomUUID } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import { Client } from 'graphql-ws';
import { ACCESS_TOKEN_AUDIENCE, ACCESS_TOKEN_ISSUER } from '@kindling/auth';
import { createTestApp, socketClient, TestApp, TestMember } from '@kindling/testing';

/**
 * An access token that is ours and only ran out is told apart from every other
 * bad token: the request is refused UNAUTHENTICATED with reason TOKEN_EXPIRED
 * (HTTP 401), so a client refreshes once and retries instead of showing the
 * member as signed out. Forged or foreign tokens stay anonymous, as before.
 */
describe('expired access tokens', () => {
  let t: TestApp;
  let member: TestMember;
  const jwt = new JwtService();
  const now = () => Math.floor(Date.now() / 1000);

  beforeAll(async () => {
    t = await createTestApp();
    member = await t.factories.member();
  });
  afterAll(() => t.close());

  const token = (claims: Record<string, unknown> = {}, secret = t.config.jwtSecret) =>
    jwt.signAsync(
      JSON.parse(
        JSON.stringify({
          sub: member.user.id,
          sid: randomUUID(),
          iat: now() - 3600,
          exp: now() - 5,
          iss: ACCESS_TOKEN_ISSUER,
          aud: ACCESS_TOKEN_AUDIENCE,
          ...claims,
        }),
      ) as Record<string, unknown>,
      { secret, algorithm: 'HS256' },
    );

  const post = async (bearer: string, query: string) => {
    const response = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}` },
      body: JSON.stringify({ query }),
    });
    return { status: response.status, headers: response.headers, body: (await response.json()) as Record<string, any> };
  };
  const headline = async () => (await t.db.query(`SELECT headline FROM user_account WHERE id = $1`, [member.user.id]))[0].headline;

  it.each([
    ['a query that anonymous viewers may run', '{ me { id } }'],
    ['a mutation', 'mutation { updateProfile(input: { headline: "late" }) { id } }'],
  ])('%s with an expired token: 401, UNAUTHENTICATED with reason TOKEN_EXPIRED, nothing runs', async (_, query) => {
    const res = await post(await token(), query);
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toMatch(/^Bearer error="invalid_token"/);
    expect(res.body.data).toBeUndefined();
    expect(res.body.errors).toEqual([
      { message: expect.stringMatching(/expired/), extensions: { code: 'UNAUTHENTICATED', reason: 'TOKEN_EXPIRED' } },
    ]);
    expect(await headline()).toBeNull();
  });

  it.each([
    ['signed with another secret', () => token({}, 'another-secret-that-is-long-enough-to-pass')],
    ['for another audience', () => token({ aud: 'another-api' })],
    ['from another issuer', () => token({ iss: 'someone-else' })],
    ['with a sub that is not an id', () => token({ sub: 'admin' })],
  ])('an expired token %s is no different from garbage: anonymous, no reason given', async (_, make) => {
    const res = await post(await make(), '{ me { id } }');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ data: { me: null } });
  });

  it('the same token before its expiry works (control)', async () => {
    const res = await post(await token({ exp: now() + 60 }), '{ me { id } }');
    expect(res.body).toEqual({ data: { me: { id: member.user.id } } });
  });

  const clients: Client[] = [];
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((c) => Promise.resolve(c.dispose())));
  });
  const closeOf = (bearer: string) =>
    new Promise<{ code: number; reason: string; connected: boolean }>((resolve) => {
      let connected = false;
      const client = socketClient(t.url, bearer, {
        onNonLazyError: () => undefined,
        on: {
          connected: () => (connected = true),
          closed: (event) => {
            const { code, reason } = event as { code: number; reason: string };
            resolve({ code, reason, connected });
          },
        },
      });
      clients.push(client);
    });

  it('graphql-ws: an expired token at connection_init closes 4403 with reason TOKEN_EXPIRED; a bad one says Forbidden', async () => {
    expect(await closeOf(await token())).toEqual({ code: 4403, reason: 'TOKEN_EXPIRED', connected: false });
    expect(await closeOf(await token({ aud: 'another-api' }))).toEqual({ code: 4403, reason: 'Forbidden', connected: false });
  });

  it('graphql-ws: a socket whose token runs out is closed 4403 with reason TOKEN_EXPIRED', async () => {
    expect(await closeOf(await token({ exp: now() + 2 }))).toEqual({ code: 4403, reason: 'TOKEN_EXPIRED', connected: true });
  });
});
