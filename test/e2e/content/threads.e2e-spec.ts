import { CommunityVisibility } from '@kindling/communities';
import { createTestApp, TestApp, TestMember } from '@kindling/testing';
import { expectNothingWritten, expectOk, OPS, outcome, refusal, seedCommunity, seedPost, seedThread } from './content-fixtures';

const LIST = `query($handle: String!, $slug: String!, $first: Int, $after: String) {
  user(handle: $handle) { threads(first: $first, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } }
  community(slug: $slug) { threads(first: $first, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } }
}`;
const STREAKS = `query($id: ID!) { thread(id: $id) { currentStreak longestStreak } }`;

describe('growth threads', () => {
  let t: TestApp;
  let author: TestMember, member: TestMember, pending: TestMember, banned: TestMember, outsider: TestMember, reader: TestMember;
  let pub: { id: string; slug: string };
  let priv: { id: string; slug: string };

  beforeAll(async () => {
    t = await createTestApp();
    [author, member, pending, banned, outsider, reader] = await t.factories.members(6);
    pub = await seedCommunity(t, { owner: author, visibility: CommunityVisibility.PUBLIC, active: [member], banned: [banned] });
    priv = await seedCommunity(t, {
      owner: author,
      visibility: CommunityVisibility.PRIVATE,
      active: [member],
      pending: [pending],
      banned: [banned],
    });
  });
  afterAll(() => t.close());

  describe('createThread', () => {
    it('creates a trimmed thread with zero counters for its author', async () => {
      const res = await t.gql(OPS.createThread, { input: { title: '  Learn Go  ', goal: '   ' } }, { token: author.token });
      expect(expectOk(res).createThread).toMatchObject({
        title: 'Learn Go',
        goal: null,
        status: 'ACTIVE',
        postCount: 0,
        subscriberCount: 0,
        viewerIsSubscribed: false,
        author: { handle: author.user.handle },
        community: null,
      });
      const [row] = await t.db.query(`SELECT author_id::text, title FROM growth_thread WHERE id = $1`, [res.data!.createThread.id]);
      expect(row).toEqual({ author_id: author.user.id, title: 'Learn Go' });
    });

    it.each([
      ['an ACTIVE member of a public community', () => member, () => pub.id],
      ['an ACTIVE member of a private community', () => member, () => priv.id],
      ['the owner', () => author, () => priv.id],
    ])('lets %s start a thread in it', async (_, who, community) => {
      const res = await t.gql(OPS.createThread, { input: { title: 'In a community', communityId: community() } }, { token: who().token });
      expect(expectOk(res).createThread.community).toEqual({ id: community() });
    });

    it.each([
      ['a non-member of a public community', () => outsider, () => pub.id, 'FORBIDDEN'],
      ['a banned member of a public community', () => banned, () => pub.id, 'FORBIDDEN'],
      ['a non-member of a private community', () => outsider, () => priv.id, 'FORBIDDEN'],
      ['a pending member of a private community', () => pending, () => priv.id, 'FORBIDDEN'],
      ['a banned member of a private community', () => banned, () => priv.id, 'FORBIDDEN'],
      ['anyone, for an unknown community', () => member, () => '999999999', 'NOT_FOUND'],
    ])('refuses %s and writes nothing', async (_, who, community, code) => {
      const res = await expectNothingWritten(t, [who()], () =>
        t.gql(OPS.createThread, { input: { title: 'Nope', communityId: community() } }, { token: who().token }),
      );
      expect(refusal(res)).toEqual({ code, field: 'communityId' });
    });
  });

  describe('updateThread', () => {
    it('lets the author change title, goal and status, and clear the goal', async () => {
      const thread = await seedThread(t, author);
      const changed = await t.gql(
        OPS.updateThread,
        { id: thread.id, input: { title: ' Renamed ', goal: 'Ship it', status: 'PAUSED' } },
        { token: author.token },
      );
      expect(expectOk(changed).updateThread).toMatchObject({ title: 'Renamed', goal: 'Ship it', status: 'PAUSED' });
      expect(new Date(changed.data!.updateThread.updatedAt).getTime()).toBeGreaterThan(thread.updatedAt.getTime());
      const cleared = await t.gql(OPS.updateThread, { id: thread.id, input: { goal: null, status: 'COMPLETED' } }, { token: author.token });
      expect(expectOk(cleared).updateThread).toMatchObject({ title: 'Renamed', goal: null, status: 'COMPLETED' });
      const untouched = await t.gql(OPS.updateThread, { id: thread.id, input: {} }, { token: author.token });
      expect(expectOk(untouched).updateThread).toMatchObject({ title: 'Renamed', goal: null, status: 'COMPLETED' });
    });

    it.each([
      ['another member who can see it', () => reader, () => pub.id, 'FORBIDDEN'],
      ['a member who cannot see it (private community)', () => outsider, () => priv.id, 'NOT_FOUND'],
      ['a pending member who cannot see it', () => pending, () => priv.id, 'NOT_FOUND'],
    ])('refuses %s and writes nothing', async (_, who, community, code) => {
      const thread = await seedThread(t, author, { communityId: community() });
      const res = await expectNothingWritten(t, [author, who()], () =>
        t.gql(OPS.updateThread, { id: thread.id, input: { title: 'Hijacked' } }, { token: who().token }),
      );
      expect(outcome(res)).toBe(code);
    });
  });

  describe('thread(id)', () => {
    it.each([
      ['anonymous', () => null, true, false],
      ['an outsider', () => outsider, true, false],
      ['a pending member', () => pending, true, false],
      ['a banned member', () => banned, true, false],
      ['an ACTIVE member', () => member, true, true],
    ])('%s: public thread visible, private-community thread visible only to ACTIVE members', async (_, who, seesPublic, seesPrivate) => {
      const [open, closed] = await Promise.all([
        seedThread(t, author, { communityId: pub.id }),
        seedThread(t, author, { communityId: priv.id }),
      ]);
      const token = who()?.token;
      expect(Boolean(expectOk(await t.gql(OPS.thread, { id: open.id }, { token })).thread)).toBe(seesPublic);
      expect(Boolean(expectOk(await t.gql(OPS.thread, { id: closed.id }, { token })).thread)).toBe(seesPrivate);
    });

    it('reads an id that exists nowhere as null', async () => {
      expect(expectOk(await t.gql(OPS.thread, { id: '999999999' })).thread).toBeNull();
    });

    // Like every ID argument (test/e2e/security/bad-input.e2e-spec.ts): a malformed id is bad input, not a missing thread.
    it.each(['abc', '0', '-1'])('refuses the malformed id %s as BAD_USER_INPUT on id', async (id) => {
      expect(refusal(await t.gql(OPS.thread, { id }))).toEqual({ code: 'BAD_USER_INPUT', field: 'id' });
    });
  });

  describe('User.threads and Community.threads', () => {
    it('list newest first, page by cursor and leave out what the viewer may not see', async () => {
      const [lister] = await t.factories.members(1);
      const club = await seedCommunity(t, { owner: lister, visibility: CommunityVisibility.PRIVATE, active: [member] });
      const a = await seedThread(t, lister, { communityId: club.id });
      const b = await seedThread(t, lister);
      const c = await seedThread(t, lister, { communityId: club.id });
      const vars = { handle: lister.user.handle, slug: club.slug };
      const ids = (conn: { nodes: Array<{ id: string }> }) => conn.nodes.map((n) => n.id);

      const asMember = expectOk(await t.gql(LIST, vars, { token: member.token }));
      expect(ids(asMember.user.threads)).toEqual([c.id, b.id, a.id]);
      expect(ids(asMember.community.threads)).toEqual([c.id, a.id]);

      for (const token of [undefined, outsider.token]) {
        const asOther = expectOk(await t.gql(LIST, vars, { token }));
        expect(ids(asOther.user.threads)).toEqual([b.id]);
        expect(ids(asOther.community.threads)).toEqual([]);
      }

      const page1 = expectOk(await t.gql(LIST, { ...vars, first: 2 }, { token: member.token })).user.threads;
      expect({ ids: ids(page1), more: page1.pageInfo.hasNextPage }).toEqual({ ids: [c.id, b.id], more: true });
      const page2 = expectOk(await t.gql(LIST, { ...vars, first: 2, after: page1.pageInfo.endCursor }, { token: member.token })).user
        .threads;
      expect({ ids: ids(page2), more: page2.pageInfo.hasNextPage }).toEqual({ ids: [a.id], more: false });
    });
  });

  describe('subscriptions', () => {
    it('subscribe and unsubscribe are idempotent and keep subscriberCount exact', async () => {
      const thread = await seedThread(t, author);
      const sub = () => t.gql(OPS.subscribe, { id: thread.id }, { token: reader.token });
      const unsub = () => t.gql(OPS.unsubscribe, { id: thread.id }, { token: reader.token });
      expect(expectOk(await sub()).subscribeToThread).toEqual({ subscriberCount: 1, viewerIsSubscribed: true });
      expect(expectOk(await sub()).subscribeToThread).toEqual({ subscriberCount: 1, viewerIsSubscribed: true });
      expect(expectOk(await t.gql(OPS.subscribe, { id: thread.id }, { token: member.token })).subscribeToThread.subscriberCount).toBe(2);
      expect(expectOk(await unsub()).unsubscribeFromThread).toEqual({ subscriberCount: 1, viewerIsSubscribed: false });
      expect(expectOk(await unsub()).unsubscribeFromThread).toEqual({ subscriberCount: 1, viewerIsSubscribed: false });
      expect(expectOk(await t.gql(OPS.thread, { id: thread.id }, { token: member.token })).thread).toMatchObject({
        subscriberCount: 1,
        viewerIsSubscribed: true,
      });
    });

    it('keeps subscriberCount equal to the rows under concurrent subscribe/unsubscribe storms', async () => {
      const thread = await seedThread(t, author);
      const fans = await t.factories.members(10);
      const calls = fans.flatMap((fan, i) =>
        Array.from({ length: 6 }, (_, k) =>
          t.gql(k % 2 === i % 2 ? OPS.subscribe : OPS.unsubscribe, { id: thread.id }, { token: fan.token }),
        ),
      );
      for (const res of await Promise.all(calls)) expectOk(res);
      const [row] = await t.db.query(
        `SELECT subscriber_count AS count, (SELECT count(*)::int FROM thread_subscription WHERE thread_id = $1) AS rows FROM growth_thread WHERE id = $1`,
        [thread.id],
      );
      expect(row.count).toBe(row.rows);
    });

    it('reads as NOT_FOUND on a thread the viewer may not see, and writes nothing', async () => {
      const thread = await seedThread(t, author, { communityId: priv.id });
      for (const op of [OPS.subscribe, OPS.unsubscribe]) {
        const res = await expectNothingWritten(t, [author, pending], () => t.gql(op, { id: thread.id }, { token: pending.token }));
        expect(outcome(res)).toBe('NOT_FOUND');
      }
    });
  });

  describe('postCount', () => {
    it('counts visible posts: up on create, down once on delete', async () => {
      const thread = await seedThread(t, author);
      const posts = await Promise.all([1, 2, 3].map((n) => seedPost(t, author, thread.id, `Post ${n}`)));
      expect(expectOk(await t.gql(OPS.thread, { id: thread.id })).thread.postCount).toBe(3);
      expectOk(await t.gql(OPS.deletePost, { id: posts[1].id }, { token: author.token }));
      expect(outcome(await t.gql(OPS.deletePost, { id: posts[1].id }, { token: author.token }))).toBe('NOT_FOUND');
      expect(expectOk(await t.gql(OPS.thread, { id: thread.id })).thread.postCount).toBe(2);
    });
  });

  describe('streaks (server side, in the author time zone)', () => {
    const setZone = async (who: TestMember, timezone: string) =>
      expectOk(
        await t.gql(
          `mutation($tz: String!) { updateProfile(input: { timezone: $tz }) { timezone } }`,
          { tz: timezone },
          { token: who.token },
        ),
      );
    const backdated = async (who: TestMember, instants: string[]) => {
      const thread = await seedThread(t, who);
      for (const at of instants) {
        const post = await seedPost(t, who, thread.id);
        await t.db.query(`UPDATE post SET created_at = $2 WHERE id = $1`, [post.id, at]);
      }
      return thread.id;
    };
    const streaks = async (id: string) => expectOk(await t.gql(STREAKS, { id })).thread;

    it('follows DST in the SQL that groups posts by local day, and moves with a time-zone edit', async () => {
      const [writer] = await t.factories.members(1);
      const newYorkSpring = await backdated(writer, ['2024-03-10T04:30:00Z', '2024-03-11T04:30:00Z']); // NY: Mar 9 23:30 EST, Mar 11 00:30 EDT
      const lisbonSpring = await backdated(writer, ['2024-03-30T23:30:00Z', '2024-03-31T23:30:00Z']); // Lisbon: Mar 30 23:30 WET, Apr 1 00:30 WEST
      const lisbonFall = await backdated(writer, ['2024-10-26T23:05:00Z', '2024-10-27T23:55:00Z']); // Lisbon: Oct 27 00:05 WEST, 23:55 WET
      const longest = async () =>
        Promise.all([newYorkSpring, lisbonSpring, lisbonFall].map(async (id) => (await streaks(id)).longestStreak));

      expect(await longest()).toEqual([2, 2, 2]); // UTC: each pair is on consecutive days
      await setZone(writer, 'America/New_York');
      expect(await longest()).toEqual([1, 2, 2]);
      await setZone(writer, 'Europe/Lisbon');
      expect(await longest()).toEqual([2, 1, 1]);
    });

    it('counts today and yesterday in the author zone, whatever the time of day', async () => {
      const [writer] = await t.factories.members(1);
      await setZone(writer, 'Pacific/Kiritimati'); // UTC+14 all year
      const dayMs = 86_400_000;
      const now = Date.now();
      const localMidnight = Math.floor((now + 14 * 3_600_000) / dayMs) * dayMs - 14 * 3_600_000;
      // 00:00:00 and 23:59:59 of yesterday in Kiritimati: one local day, but two UTC days (10:00 and 09:59:59 UTC).
      const id = await backdated(writer, [new Date(localMidnight - dayMs).toISOString(), new Date(localMidnight - 1000).toISOString()]);
      expect(await streaks(id)).toEqual({ currentStreak: 1, longestStreak: 1 });
      await setZone(writer, 'UTC');
      expect(await streaks(id)).toEqual({ currentStreak: 2, longestStreak: 2 });
      await setZone(writer, 'Pacific/Pago_Pago'); // UTC−11: 23:00 and 22:59:59 on consecutive days ending yesterday or today
      expect(await streaks(id)).toEqual({ currentStreak: 2, longestStreak: 2 });
    });

    it('counts streaks for a zone alias ICU accepts but Postgres does not know (US/Pacific-New)', async () => {
      const [legacy, neighbour] = await t.factories.members(2);
      expect(await setZone(legacy, 'US/Pacific-New')).toEqual({ updateProfile: { timezone: 'US/Pacific-New' } });
      const a = await backdated(legacy, ['2024-03-10T09:30:00Z', '2024-03-11T06:30:00Z']); // LA: Mar 10 01:30 PST, Mar 10 23:30 PDT
      const b = await backdated(neighbour, ['2024-03-10T09:30:00Z', '2024-03-11T06:30:00Z']); // UTC: Mar 10, Mar 11
      // Both threads in one request: the streak loader batches them into one query.
      const res = await t.gql(`query($a: ID!, $b: ID!) { a: thread(id: $a) { longestStreak } b: thread(id: $b) { longestStreak } }`, {
        a,
        b,
      });
      expect(expectOk(res)).toEqual({ a: { longestStreak: 1 }, b: { longestStreak: 2 } });
    });

    it('leaves deleted posts out of the streaks', async () => {
      const [writer] = await t.factories.members(1);
      const thread = await seedThread(t, writer);
      const today = await seedPost(t, writer, thread.id);
      const old = await seedPost(t, writer, thread.id);
      await t.db.query(`UPDATE post SET created_at = now() - interval '1 day' WHERE id = $1`, [old.id]);
      expect(await streaks(thread.id)).toEqual({ currentStreak: 2, longestStreak: 2 });
      expectOk(await t.gql(OPS.deletePost, { id: today.id }, { token: writer.token }));
      expect(await streaks(thread.id)).toEqual({ currentStreak: 1, longestStreak: 1 });
    });
  });
});
