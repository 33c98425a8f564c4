import { CommunityVisibility } from '@kindling/communities';
import { createTestApp, expectOk, randomIp, refusal, TestApp, TestMember } from '@kindling/testing';
import { encodeCursor } from '../../../apps/api/src/graphql/pagination/cursor';
import { seedCommunity } from '../communities/community-fixtures';
import { jobInput, POST_JOB, UPDATE_JOB } from '../job-board/job-fixtures';
import { OPS, seedRoadmap } from '../roadmaps/roadmap-fixtures';
import { ARGUMENT_PROBES } from './argument-probes';

const INT64_MAX = '9223372036854775807';
const MALFORMED_IDS = ['9223372036854775808', INT64_MAX, '-1', '0', '01', '1e5', '1.5', ' 1', 'abc', ''];
const ID_PROBES = ARGUMENT_PROBES.filter((p) => p.scalar === 'ID');

/** Bad input is BAD_USER_INPUT naming the field, never INTERNAL_SERVER_ERROR (issue #14 items 4 and 8). */
describe('bad input', () => {
  let t: TestApp;
  let member: TestMember;
  beforeAll(async () => {
    t = await createTestApp();
    member = await t.factories.member();
  });
  afterAll(() => t.close());

  const as = (who: TestMember) => ({ token: who.token, ip: randomIp() });

  it('probes every String and ID argument position of the schema', () => {
    expect(ARGUMENT_PROBES.length).toBeGreaterThan(150);
    expect(ID_PROBES.length).toBeGreaterThan(70);
  });

  describe('a NUL character in any String or ID argument', () => {
    it.each(ARGUMENT_PROBES.map((p) => [p.name, p] as const))('%s: BAD_USER_INPUT naming the field', async (_, probe) => {
      const value = probe.scalar === 'ID' ? '1\u0000' : 'probe\u0000';
      const res = await t.gql(probe.document, probe.variables(value), as(member));
      expect(refusal(res)).toEqual({ code: 'BAD_USER_INPUT', field: probe.field });
    });

    it('over the socket too: a subscription argument with NUL ends with BAD_USER_INPUT', async () => {
      const client = t.socket(member.token);
      try {
        const errors = await new Promise<unknown>((resolve) => {
          client.subscribe(
            { query: 'subscription($t: ID!) { threadPostAdded(threadId: $t) { id } }', variables: { t: '1\u0000' } },
            { next: (message) => resolve(message.errors), error: resolve, complete: () => resolve('complete') },
          );
        });
        expect(errors).toEqual([
          expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'threadId' }) }),
        ]);
      } finally {
        await client.dispose();
      }
    });
  });

  describe('a malformed id in any ID argument', () => {
    it.each(ID_PROBES.map((p) => [p.name, p] as const))('%s: BAD_USER_INPUT naming the field', async (_, probe) => {
      for (const id of MALFORMED_IDS) {
        const res = await t.gql(probe.document, probe.variables(id), as(member));
        expect({ id, refusal: refusal(res) }).toEqual({ id, refusal: { code: 'BAD_USER_INPUT', field: probe.field } });
      }
    });
  });

  it.each([
    ['login', 'email', { email: 'ana\u0000@example.test', password: 'correct horse battery' }],
    ['login', 'password', { email: 'ana@example.test', password: 'correct\u0000horse' }],
    ['register', 'handle', { email: 'nul@example.test', password: 'correct horse battery', handle: 'nul\u0000x', displayName: 'Nul' }],
    ['register', 'displayName', { email: 'nul@example.test', password: 'correct horse battery', handle: 'nulx', displayName: 'N\u0000' }],
  ])('the browser session route /auth/%s refuses a NUL in %s: 400 BAD_USER_INPUT', async (path, field, body) => {
    const response = await fetch(`${t.url}/auth/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-kindling-client': 'web', 'x-forwarded-for': randomIp() },
      body: JSON.stringify(body),
    });
    const answer = (await response.json()) as { errors?: Array<{ extensions?: object }> };
    expect({ status: response.status, extensions: answer.errors?.[0]?.extensions }).toEqual({
      status: 400,
      extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field }),
    });
  });

  describe('cursors', () => {
    const timeCursors = [
      ['Query.notifications', `query($a: String) { notifications(after: $a) { nodes { id } } }`],
      ['User.following', `query($a: String) { me { following(after: $a) { nodes { id } } } }`],
      ['User.followers', `query($a: String) { me { followers(after: $a) { nodes { id } } } }`],
    ] as const;

    it.each(timeCursors)('%s: a time part past any timestamp is BAD_USER_INPUT on after', async (_, query) => {
      for (const key of [
        [INT64_MAX, '1'],
        ['8640000000000000001', '1'],
        ['9223372036854775808', '1'],
        ['1', '9223372036854775808'],
      ]) {
        expect({ key, refusal: refusal(await t.gql(query, { a: encodeCursor(key) }, as(member))) }).toEqual({
          key,
          refusal: { code: 'BAD_USER_INPUT', field: 'after' },
        });
      }
      // The latest time a cursor may carry, and the largest id, are valid (an empty page).
      expectOk(await t.gql(query, { a: encodeCursor(['8640000000000000000', INT64_MAX]) }, as(member)));
    });

    it.each([
      ['Query.publicFeed', `query($a: String) { publicFeed(after: $a) { nodes { id } } }`],
      ['Query.homeFeed', `query($a: String) { homeFeed(after: $a) { nodes { id } } }`],
      ['Query.communities', `query($a: String) { communities(after: $a) { nodes { id } } }`],
    ])('%s: an id part beyond bigint is BAD_USER_INPUT on after; the largest bigint is a valid cursor', async (_, query) => {
      expect(refusal(await t.gql(query, { a: encodeCursor(['9223372036854775808']) }, as(member)))).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'after',
      });
      expectOk(await t.gql(query, { a: encodeCursor([INT64_MAX]) }, as(member)));
    });
  });

  describe('URL fields: http(s), a host, no credentials, at most 2,000 characters', () => {
    const BAD_URLS = [
      'https://user:pass@jobs.example.com/apply',
      'https://user@jobs.example.com/apply',
      'https://:@jobs.example.com/apply',
      'https://@jobs.example.com/apply',
      'https://jobs.example.com\\@evil.example/apply',
      'https:jobs.example.com/apply',
      'https:/jobs.example.com/apply',
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'ftp://files.example.com/a',
      'https://jobs.example.com/a\u0007b',
      'https://jobs.example.com/a b',
      `https://jobs.example.com/${'x'.repeat(1_976)}`, // 2,001 characters
    ];
    const GOOD_URL = `https://jobs.example.com/${'x'.repeat(1_965)}?q=a@b#top`; // 2,000 characters; an @ after the host is no credential
    let community: { id: string };
    let roadmap: { id: string; steps: Record<string, string> };
    let jobId: string;

    beforeAll(async () => {
      community = await seedCommunity(t, { owner: member, visibility: CommunityVisibility.PUBLIC });
      roadmap = await seedRoadmap(t, member, community.id, [['Only']], { publish: false });
      jobId = expectOk(await t.gql(POST_JOB, { input: jobInput() }, as(member))).postJob.id;
    });

    const calls = {
      'postJob applyUrl': (url: string) => t.gql(POST_JOB, { input: jobInput({ applyUrl: url }) }, as(member)),
      'updateJob applyUrl': (url: string) => t.gql(UPDATE_JOB, { id: jobId, input: { applyUrl: url } }, as(member)),
      'addRoadmapStep resources.0.url': (url: string) =>
        t.gql(
          OPS.addStep,
          { roadmapId: roadmap.id, input: { title: 'Link', resources: [{ title: 'Link', url, kind: 'OTHER' }] } },
          as(member),
        ),
      'updateRoadmapStep resources.0.url': (url: string) =>
        t.gql(OPS.updateStep, { stepId: roadmap.steps.Only, input: { resources: [{ title: 'Link', url, kind: 'OTHER' }] } }, as(member)),
    };

    it.each(Object.entries(calls))('%s refuses each bad URL and accepts a 2,000-character https one', async (name, call) => {
      const field = name.split(' ')[1];
      expect(GOOD_URL).toHaveLength(2_000);
      for (const url of BAD_URLS)
        expect({ url, refusal: refusal(await call(url)) }).toEqual({ url, refusal: { code: 'BAD_USER_INPUT', field } });
      expectOk(await call(GOOD_URL));
      const stored: Array<{ url: string }> = await t.db.query(
        `SELECT apply_url AS url FROM job_posting WHERE posted_by_id = $1 UNION ALL
         SELECT r->>'url' FROM roadmap_step s, jsonb_array_elements(s.resources) r WHERE s.roadmap_id = $2`,
        [member.user.id, roadmap.id],
      );
      for (const { url } of stored) expect([jobInput().applyUrl, GOOD_URL]).toContain(url);
    });
  });

  describe('display names and handles', () => {
    const INVISIBLE = '\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u061C\u200B\u200C\u200D\u2060\uFEFF';
    const REGISTER = `mutation($input: RegisterInput!) { register(input: $input) { user { id handle displayName } } }`;
    const registration = (n: string, overrides: Record<string, string> = {}) => ({
      email: `bidi-${n}-${Date.now()}@example.test`,
      password: 'correct horse battery',
      handle: `bidi_${n}_${Date.now() % 1e8}`,
      displayName: 'Ana',
      ...overrides,
    });

    it('register strips bidi controls and zero-width characters from the handle and display name', async () => {
      const input = registration('a');
      const res = await t.gql(
        REGISTER,
        { input: { ...input, handle: `${INVISIBLE}${input.handle}\u200B`, displayName: `\u202EAna${INVISIBLE} Lima\u2066` } },
        { ip: randomIp() },
      );
      expect(expectOk(res).register.user).toMatchObject({ handle: input.handle, displayName: 'Ana Lima' });
      const [row] = await t.db.query(`SELECT handle, display_name FROM user_account WHERE id = $1`, [res.data!.register.user.id]);
      expect(row).toEqual({ handle: input.handle, display_name: 'Ana Lima' });
    });

    it.each([
      ['a handle of invisible characters only', { handle: INVISIBLE }, 'handle'],
      ['a handle too short once stripped', { handle: 'a\u200Bb' }, 'handle'],
      ['a display name of invisible characters only', { displayName: `${INVISIBLE} ` }, 'displayName'],
    ])('register refuses %s with BAD_USER_INPUT and writes nothing', async (_, overrides, field) => {
      const input = registration('b', overrides);
      expect(refusal(await t.gql(REGISTER, { input }, { ip: randomIp() }))).toEqual({ code: 'BAD_USER_INPUT', field });
      expect(await t.db.query(`SELECT id FROM user_account WHERE email = $1`, [input.email])).toEqual([]);
    });

    it('updateProfile strips them from the display name and refuses one left empty', async () => {
      const who = await t.factories.member();
      const UPDATE = `mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { displayName } }`;
      expect(expectOk(await t.gql(UPDATE, { input: { displayName: `Bo\u200Db\u202E ` } }, as(who))).updateProfile.displayName).toBe('Bob');
      expect(refusal(await t.gql(UPDATE, { input: { displayName: INVISIBLE } }, as(who)))).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'displayName',
      });
      expect((await t.db.query(`SELECT display_name FROM user_account WHERE id = $1`, [who.user.id]))[0].display_name).toBe('Bob');
    });
  });
});
