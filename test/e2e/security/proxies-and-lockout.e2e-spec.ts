import { randomBytes } from 'node:crypto';
import type { ClientRequestArgs } from 'node:http';
import WebSocket from 'ws';
import { createTestApp, DEFAULT_PASSWORD, GraphQLResponse, outcome, socketClient, TestApp, TestMember } from '@kindling/testing';
import { accountsMatching, LOGIN, REGISTER, validRegistration } from '../auth/identity-helpers';

const PER_IP = 3;
const PER_EMAIL = 3;
const ALL_ADDRESSES = 6;
const WINDOW = 900;

/** A public address of its own per call (documentation ranges), so no two tests share a counter. */
const publicIp = () => `2001:db8:${randomBytes(2).toString('hex')}:${randomBytes(2).toString('hex')}::7`;

/** A login sent with exactly this X-Forwarded-For (the test's socket, 127.0.0.1, plays the load balancer). */
const loginVia = (t: TestApp, forwardedFor: string, email: string, password: string) =>
  t.gql(LOGIN, { input: { email, password } }, { headers: { 'x-forwarded-for': forwardedFor } });

const expectRateLimited = (res: GraphQLResponse) => {
  expect(res.errors?.[0].extensions).toMatchObject({ code: 'RATE_LIMITED' });
  expect(res.errors![0].extensions!.retryAfter).toBeGreaterThan(0);
  expect(res.errors![0].extensions!.retryAfter).toBeLessThanOrEqual(WINDOW);
};

describe('client address behind proxies (TRUST_PROXY)', () => {
  const env = { TRUST_PROXY: 'true', AUTH_LIMITS: `loginPerIp=${PER_IP}/${WINDOW},loginPerEmail=1000/${WINDOW}` };
  let t: TestApp;
  let pinned: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env }); // TRUSTED_PROXIES unset: loopback, link-local and private ranges
    pinned = await createTestApp({ env: { ...env, TRUSTED_PROXIES: '127.0.0.1' } });
  });
  afterAll(async () => {
    await pinned.close();
    await t.close();
  });

  /** Spends `client`'s per-IP allowance with a new forged left-most entry each time, then tries once more. */
  async function exhaust(app: TestApp, forwardedFor: (forged: string) => string): Promise<GraphQLResponse> {
    const stranger = `nobody-${randomBytes(4).toString('hex')}@example.test`;
    for (let i = 0; i < PER_IP; i++) expect(outcome(await loginVia(app, forwardedFor(publicIp()), stranger, 'pw'))).toBe('UNAUTHENTICATED');
    return loginVia(app, forwardedFor(publicIp()), stranger, 'pw');
  }

  it('keys the per-IP login limit on the hop the load balancer appended, not on the forged first entry', async () => {
    const client = publicIp();
    expectRateLimited(await exhaust(t, (forged) => `${forged}, ${client}`));
    // Another client behind the same forged entries is not limited.
    const member = await t.factories.member();
    expect(outcome(await loginVia(t, `${publicIp()}, ${publicIp()}`, member.user.email, DEFAULT_PASSWORD))).toBe('OK');
  });

  it('skips the trusted private hops (inner proxies) and keys on the right-most untrusted one', async () => {
    const client = publicIp();
    expectRateLimited(await exhaust(t, (forged) => `${forged}, ${client}, 10.1.2.3, 192.168.7.7`));
    const member = await t.factories.member();
    expect(outcome(await loginVia(t, `${publicIp()}, 10.1.2.3, 192.168.7.7`, member.user.email, DEFAULT_PASSWORD))).toBe('OK');
  });

  it('with TRUSTED_PROXIES pinned to the load balancer, a hop it does not list is the client', async () => {
    // 10.9.9.9 is not in TRUSTED_PROXIES=127.0.0.1: it is the client, whatever stands to its left.
    expectRateLimited(await exhaust(pinned, (forged) => `${forged}, 10.9.9.9`));
    const member = await pinned.factories.member();
    expect(outcome(await loginVia(pinned, `${publicIp()}, 10.9.9.8`, member.user.email, DEFAULT_PASSWORD))).toBe('OK');
  });
});

/** A graphql-ws socket whose upgrade request carries this X-Forwarded-For. */
const socketVia = (t: TestApp, member: TestMember, forwardedFor: string) =>
  socketClient(t.url, member.token, {
    webSocketImpl: class extends WebSocket {
      constructor(address: string, protocols?: string | string[], options?: ClientRequestArgs) {
        super(address, protocols, { ...options, headers: { 'x-forwarded-for': forwardedFor } });
      }
    },
  });

/** One login over `socket`, answered as an HTTP response would be. */
const loginOver = (socket: ReturnType<TestApp['socket']>, email: string, password: string) =>
  new Promise<GraphQLResponse>((resolve, reject) => {
    let result: GraphQLResponse = {} as GraphQLResponse;
    socket.subscribe(
      { query: LOGIN, variables: { input: { email, password } } },
      { next: (value) => (result = value as GraphQLResponse), error: reject, complete: () => resolve(result) },
    );
  });

describe('client address of a WebSocket behind proxies (TRUST_PROXY)', () => {
  let t: TestApp;
  let member: TestMember;
  beforeAll(async () => {
    t = await createTestApp({ env: { TRUST_PROXY: 'true', AUTH_LIMITS: `loginPerIp=${PER_IP}/${WINDOW},loginPerEmail=1000/${WINDOW}` } });
    member = await t.factories.member();
  });
  afterAll(() => t.close());

  it('keys a login sent over a socket on the right-most untrusted hop of its upgrade request, as over HTTP', async () => {
    const client = publicIp();
    const stranger = `nobody-${randomBytes(4).toString('hex')}@example.test`;
    const sockets = Array.from({ length: PER_IP + 2 }, (_, i) =>
      socketVia(t, member, i <= PER_IP ? `${publicIp()}, ${client}` : `${publicIp()}, ${publicIp()}`),
    );
    try {
      for (let i = 0; i < PER_IP; i++) expect(outcome(await loginOver(sockets[i], stranger, 'pw'))).toBe('UNAUTHENTICATED');
      expectRateLimited(await loginOver(sockets[PER_IP], stranger, 'pw'));
      // Another client reaching the API through the same load balancer (the same socket peer) is not limited.
      expect(outcome(await loginOver(sockets[PER_IP + 1], member.user.email, DEFAULT_PASSWORD))).toBe('OK');
    } finally {
      for (const socket of sockets) void socket.dispose();
    }
  });
});

describe('login lockout that a stranger cannot turn on the owner', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({
      env: {
        AUTH_LIMITS: `loginPerIp=1000/${WINDOW},loginPerEmail=${PER_EMAIL}/${WINDOW},loginPerEmailAllAddresses=${ALL_ADDRESSES}/${WINDOW},registerPerIp=2/${WINDOW}`,
      },
    });
  });
  afterAll(() => t.close());

  const login = (email: string, password: string, ip: string) => t.gql(LOGIN, { input: { email, password } }, { ip });
  const sessions = async (userId: string) =>
    (await t.db.query(`SELECT count(*)::int AS n FROM refresh_token WHERE user_id = $1`, [userId]))[0].n as number;

  it("a stranger's address exhausts the e-mail's failures: the stranger stays refused, the owner from elsewhere still signs in", async () => {
    const owner = await t.factories.member();
    const [stranger, home] = [publicIp(), publicIp()];
    for (let i = 0; i < PER_EMAIL; i++) expect(outcome(await login(owner.user.email, `guess ${i}`, stranger))).toBe('UNAUTHENTICATED');

    expectRateLimited(await login(owner.user.email, 'another guess', stranger));
    expectRateLimited(await login(owner.user.email, DEFAULT_PASSWORD, stranger)); // not even the right password from there

    expect(outcome(await login(owner.user.email, DEFAULT_PASSWORD, home))).toBe('OK');
    expect(outcome(await login(owner.user.email.toUpperCase(), DEFAULT_PASSWORD, home))).toBe('OK');
    expectRateLimited(await login(owner.user.email, 'yet another guess', stranger));
    expect(await sessions(owner.user.id)).toBe(2);
  });

  it('once locked, a fresh address gets one try: a wrong one shuts it too', async () => {
    const owner = await t.factories.member();
    const stranger = publicIp();
    for (let i = 0; i < PER_EMAIL; i++) await login(owner.user.email, `guess ${i}`, stranger);
    const second = publicIp();
    expect(outcome(await login(owner.user.email, 'guess from elsewhere', second))).toBe('UNAUTHENTICATED');
    expectRateLimited(await login(owner.user.email, DEFAULT_PASSWORD, second));
  });

  it('guesses from many addresses stop at the all-addresses ceiling, for everyone, the owner included', async () => {
    const owner = await t.factories.member();
    for (let i = 0; i < ALL_ADDRESSES; i++)
      expect(outcome(await login(owner.user.email, `guess ${i}`, publicIp()))).toBe('UNAUTHENTICATED');
    expectRateLimited(await login(owner.user.email, 'guess', publicIp()));
    expectRateLimited(await login(owner.user.email, DEFAULT_PASSWORD, publicIp()));
    expect(await sessions(owner.user.id)).toBe(0);
  });

  it("the owner's right password clears their address's own earlier mistakes", async () => {
    const owner = await t.factories.member();
    const [home, stranger] = [publicIp(), publicIp()];
    for (let i = 0; i < PER_EMAIL - 1; i++) await login(owner.user.email, `typo ${i}`, home);
    expect(outcome(await login(owner.user.email, DEFAULT_PASSWORD, home))).toBe('OK');
    // The stranger's failure brings the e-mail to its limit; home has no failure left on record.
    expect(outcome(await login(owner.user.email, 'guess', stranger))).toBe('UNAUTHENTICATED');
    expectRateLimited(await login(owner.user.email, 'guess', stranger));
    expect(outcome(await login(owner.user.email, DEFAULT_PASSWORD, home))).toBe('OK');
  });

  it('parallel guesses from a fresh address on a locked e-mail: exactly one is checked', async () => {
    const owner = await t.factories.member();
    const stranger = publicIp();
    for (let i = 0; i < PER_EMAIL; i++) await login(owner.user.email, `guess ${i}`, stranger);
    const fresh = publicIp();
    const results = await Promise.all(Array.from({ length: 5 }, (_, i) => login(owner.user.email, `parallel ${i}`, fresh)));
    expect(results.map(outcome).sort()).toEqual(['RATE_LIMITED', 'RATE_LIMITED', 'RATE_LIMITED', 'RATE_LIMITED', 'UNAUTHENTICATED']);
  });

  it('AUTH_LIMITS sets the registration limit too (registerPerIp=2 here, 10 by default)', async () => {
    const ip = publicIp();
    for (let i = 0; i < 2; i++) expect(outcome(await t.gql(REGISTER, { input: validRegistration() }, { ip }))).toBe('OK');
    const refused = validRegistration();
    expectRateLimited(await t.gql(REGISTER, { input: refused }, { ip }));
    expect(await accountsMatching(t, refused.email, refused.handle)).toBe(0);
  });

  it('an unknown e-mail is locked the same way (no hint whether it exists)', async () => {
    const email = `ghost-${randomBytes(4).toString('hex')}@example.test`;
    const stranger = publicIp();
    for (let i = 0; i < PER_EMAIL; i++) expect(outcome(await login(email, `guess ${i}`, stranger))).toBe('UNAUTHENTICATED');
    expectRateLimited(await login(email, 'guess', stranger));
    expect(outcome(await login(email, 'guess', publicIp()))).toBe('UNAUTHENTICATED');
  });
});
