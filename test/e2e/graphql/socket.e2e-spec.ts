import { randomUUID } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import { Client } from 'graphql-ws';
import { createTestApp, socketClient, TestApp, TestMember } from '@kindling/testing';

type Outcome = { connected: true } | { closed: number; reason: string };

/** Connects and settles on the first of `connected` or `closed`. */
function connect(t: TestApp, token?: string, connectionParams?: Record<string, unknown>): { client: Client; outcome: Promise<Outcome> } {
  let settle!: (outcome: Outcome) => void;
  const outcome = new Promise<Outcome>((resolve) => (settle = resolve));
  const client = socketClient(t.url, token, {
    ...(connectionParams && { connectionParams }),
    onNonLazyError: () => undefined, // the refusal is what we assert; graphql-ws would console.error it
    on: {
      connected: () => settle({ connected: true }),
      closed: (event) => {
        const { code, reason } = event as { code: number; reason: string };
        settle({ closed: code, reason });
      },
    },
  });
  return { client, outcome };
}

describe('graphql-ws authentication', () => {
  let t: TestApp;
  let member: TestMember;
  const clients: Client[] = [];
  beforeAll(async () => {
    t = await createTestApp();
    member = await t.factories.member();
  });
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((c) => Promise.resolve(c.dispose())));
  });
  afterAll(() => t.close());

  const sign = (payload: Record<string, unknown>, secret = t.config.jwtSecret, algorithm: 'HS256' | 'HS512' = 'HS256') =>
    new JwtService().signAsync(payload, { secret, algorithm });
  const now = () => Math.floor(Date.now() / 1000);

  const refused: Array<[string, () => Promise<{ token?: string; params?: Record<string, unknown> }>]> = [
    ['no token', async () => ({})],
    ['an empty authorization', async () => ({ params: { authorization: '' } })],
    ['a garbage token', async () => ({ token: 'garbage.token.here' })],
    ['a token without the Bearer scheme', async () => ({ params: { authorization: member.token } })],
    ['an authorization that is not a string', async () => ({ params: { authorization: { token: member.token } } })],
    ['an expired token', async () => ({ token: await sign({ sub: member.user.id, sid: randomUUID(), exp: now() - 60 }) })],
    [
      'a token signed with another secret',
      async () => ({ token: await sign({ sub: member.user.id, sid: randomUUID(), exp: now() + 600 }, 'y'.repeat(48)) }),
    ],
    [
      'a token with another algorithm',
      async () => ({ token: await sign({ sub: member.user.id, sid: randomUUID(), exp: now() + 600 }, t.config.jwtSecret, 'HS512') }),
    ],
    ['a token for a malformed user id', async () => ({ token: await sign({ sub: 'abc', sid: randomUUID(), exp: now() + 600 }) })],
    [
      'an unsigned token (alg: none)',
      async () => {
        const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
        return { token: `${part({ alg: 'none', typ: 'JWT' })}.${part({ sub: member.user.id, sid: 'x', exp: now() + 600 })}.` };
      },
    ],
  ];

  it.each(refused)('closes with 4403 for %s', async (_, credentials) => {
    const { token, params } = await credentials();
    const { client, outcome } = connect(t, token, params);
    clients.push(client);
    await expect(outcome).resolves.toEqual({ closed: 4403, reason: 'Forbidden' });
  });

  it('connects with a valid token and runs operations as that member', async () => {
    const { client, outcome } = connect(t, member.token);
    clients.push(client);
    await expect(outcome).resolves.toEqual({ connected: true });

    const result = await new Promise((resolve, reject) => {
      let value: unknown;
      client.subscribe({ query: '{ me { id handle } }' }, { next: (v) => (value = v), error: reject, complete: () => resolve(value) });
    });
    expect(result).toEqual({ data: { me: { id: member.user.id, handle: member.user.handle } } });
  });

  it('applies the operation limits on the socket too', async () => {
    const { client, outcome } = connect(t, member.token);
    clients.push(client);
    await expect(outcome).resolves.toEqual({ connected: true });
    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: me { id }`).join(' ');
    const errors = await new Promise<Array<{ message: string; extensions?: Record<string, unknown> }>>((resolve) => {
      client.subscribe(
        { query: `{ ${aliases} }` },
        { next: (v) => resolve(v.errors as never), error: (e) => resolve(e as never), complete: () => undefined },
      );
    });
    expect(errors).toEqual([
      expect.objectContaining({ extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit: 'aliases', value: 16, max: 15 } }),
    ]);
  });
});
