import { randomBytes } from 'node:crypto';
import { AUTH_RATE_LIMITS } from '@kindling/auth';
import { createTestApp, DEFAULT_PASSWORD, GraphQLResponse, TestApp } from '@kindling/testing';
import { accountsMatching, login, ok, REGISTER, validRegistration } from './identity-helpers';

/**
 * IPs from the IPv6 documentation range, random per call: never shared with other
 * tests (which use randomIp()'s 198.51.100.0/24) nor with each other.
 */
const uniqueIp = () => `2001:db8:${randomBytes(2).toString('hex')}:${randomBytes(2).toString('hex')}::1`;

describe('auth rate limits', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const expectRateLimited = (res: GraphQLResponse, windowSeconds: number) => {
    expect(res.data).toBeNull();
    expect(res.errors).toHaveLength(1);
    const extensions = res.errors![0].extensions!;
    expect(extensions.code).toBe('RATE_LIMITED');
    expect(Number.isInteger(extensions.retryAfter)).toBe(true);
    expect(extensions.retryAfter).toBeGreaterThan(0);
    expect(extensions.retryAfter).toBeLessThanOrEqual(windowSeconds);
  };
  const codeOf = (res: GraphQLResponse) => (res.errors ? res.errors[0].extensions?.code : 'OK');

  /** Sequential on purpose: a fixed-window counter is exact only if the hits do not race the limit check. */
  const repeat = async <T>(times: number, attempt: (i: number) => Promise<T>): Promise<T[]> => {
    const results: T[] = [];
    for (let i = 0; i < times; i++) results.push(await attempt(i));
    return results;
  };

  describe('login per e-mail', () => {
    const rule = AUTH_RATE_LIMITS.loginPerEmail;

    it(`allows ${rule.limit} failures per e-mail (in any case, from any IP), then refuses the addresses that failed, even with the right password`, async () => {
      const member = await t.factories.member();
      const variants = [member.user.email, member.user.email.toUpperCase()];
      const ips = Array.from({ length: rule.limit }, uniqueIp);
      const attempts = await repeat(rule.limit, (i) => login(t, variants[i % 2], 'wrong password', ips[i]));
      expect(attempts.map(codeOf)).toEqual(Array(rule.limit).fill('UNAUTHENTICATED'));

      expectRateLimited(await login(t, member.user.email, DEFAULT_PASSWORD, ips[0]), rule.windowSeconds);
      expectRateLimited(await login(t, member.user.email.toUpperCase(), DEFAULT_PASSWORD, ips[1]), rule.windowSeconds);
      // An address that has not failed for it still signs the owner in (proxies-and-lockout.e2e-spec.ts has the rest).
      expect(codeOf(await login(t, member.user.email, DEFAULT_PASSWORD, uniqueIp()))).toBe('OK');
    });

    it('does not limit another e-mail, even from the same IP', async () => {
      const [limited, other] = await t.factories.members(2);
      const ip = uniqueIp();
      await repeat(rule.limit, () => login(t, limited.user.email, 'wrong password', ip));
      expectRateLimited(await login(t, limited.user.email, DEFAULT_PASSWORD, ip), rule.windowSeconds);

      expect(ok(await login(t, other.user.email, DEFAULT_PASSWORD, ip)).login.user.id).toBe(other.user.id);
    });

    it('counts failures only: successful logins never lock the e-mail', async () => {
      const member = await t.factories.member();
      const results = await repeat(rule.limit + 1, () => login(t, member.user.email, DEFAULT_PASSWORD, uniqueIp()));
      expect(results.map(codeOf)).toEqual(Array(rule.limit + 1).fill('OK'));
    });
  });

  describe('login per IP', () => {
    const rule = AUTH_RATE_LIMITS.loginPerIp;

    it(`allows ${rule.limit} attempts per IP (X-Forwarded-For), then RATE_LIMITED for any e-mail`, async () => {
      const member = await t.factories.member();
      const ip = uniqueIp();
      const attempts = await repeat(rule.limit, (i) => login(t, `stranger-${i}-${randomBytes(3).toString('hex')}@example.test`, 'pw', ip));
      expect(attempts.map(codeOf)).toEqual(Array(rule.limit).fill('UNAUTHENTICATED'));

      expectRateLimited(await login(t, member.user.email, DEFAULT_PASSWORD, ip), rule.windowSeconds);
      // Another client is not affected, and the member can still sign in from there.
      expect(ok(await login(t, member.user.email, DEFAULT_PASSWORD, uniqueIp())).login.user.id).toBe(member.user.id);
    });

    it('takes the client address from X-Forwarded-For, not the socket (all test requests share one socket address)', async () => {
      const member = await t.factories.member();
      const [limitedIp, freshIp] = [uniqueIp(), uniqueIp()];
      await repeat(rule.limit + 1, (i) => login(t, `probe-${i}-${randomBytes(3).toString('hex')}@example.test`, 'pw', limitedIp));
      expect(codeOf(await login(t, member.user.email, 'wrong password', freshIp))).toBe('UNAUTHENTICATED');
    });
  });

  describe('register', () => {
    it(`limits registrations per IP to ${AUTH_RATE_LIMITS.registerPerIp.limit}; the refused one writes nothing`, async () => {
      const rule = AUTH_RATE_LIMITS.registerPerIp;
      const ip = uniqueIp();
      const accepted = await repeat(rule.limit, () => t.gql(REGISTER, { input: validRegistration() }, { ip }));
      expect(accepted.map(codeOf)).toEqual(Array(rule.limit).fill('OK'));

      const refused = validRegistration();
      expectRateLimited(await t.gql(REGISTER, { input: refused }, { ip }), rule.windowSeconds);
      expect(await accountsMatching(t, refused.email, refused.handle)).toBe(0);
      expect(codeOf(await t.gql(REGISTER, { input: refused }, { ip: uniqueIp() }))).toBe('OK');
    });

    it(`limits registration attempts per e-mail to ${AUTH_RATE_LIMITS.registerPerEmail.limit}`, async () => {
      const rule = AUTH_RATE_LIMITS.registerPerEmail;
      const email = `Limited.${randomBytes(4).toString('hex')}@example.test`;
      const attempts = await repeat(rule.limit, (i) =>
        t.gql(REGISTER, { input: validRegistration({ email: i % 2 ? email : email.toLowerCase() }) }, { ip: uniqueIp() }),
      );
      expect(attempts.map(codeOf)).toEqual(['OK', ...Array(rule.limit - 1).fill('CONFLICT')]);
      expectRateLimited(await t.gql(REGISTER, { input: validRegistration({ email }) }, { ip: uniqueIp() }), rule.windowSeconds);
    });
  });
});
