import { createTestApp, TestApp, TestMember } from '@kindling/testing';
import { expectNothingWritten, expectOk, OPS, outcome, seedPost, seedThread } from './content-fixtures';

const TYPES = ['CHEER', 'INSIGHTFUL', 'SUPPORT', 'CELEBRATE'] as const;
const COUNTS = `query($id: ID!) { post(id: $id) { reactions { type count } viewerReactions } }`;

describe('reactions', () => {
  let t: TestApp;
  let author: TestMember;
  let threadId: string;

  /** The post's counter columns next to the reaction rows they must equal, per type. */
  const countersAndRows = async (postId: string) => {
    const [post] = await t.db.query(
      `SELECT cheer_count AS "CHEER", insightful_count AS "INSIGHTFUL", support_count AS "SUPPORT", celebrate_count AS "CELEBRATE" FROM post WHERE id = $1`,
      [postId],
    );
    const rows: Array<{ type: string; n: number }> = await t.db.query(
      `SELECT type, count(*)::int AS n FROM reaction WHERE post_id = $1 GROUP BY type`,
      [postId],
    );
    const counted = Object.fromEntries(TYPES.map((type) => [type, rows.find((r) => r.type === type)?.n ?? 0]));
    return { counters: post, rows: counted };
  };

  beforeAll(async () => {
    t = await createTestApp();
    [author] = await t.factories.members(1);
    threadId = (await seedThread(t, author)).id;
  });
  afterAll(() => t.close());

  it('react and unreact are idempotent; viewerReactions lists the viewer’s own types', async () => {
    const post = await seedPost(t, author, threadId);
    const [ana, bo] = await t.factories.members(2);
    const react = (who: TestMember, type: string) => t.gql(OPS.react, { id: post.id, type }, { token: who.token });
    const unreact = (who: TestMember, type: string) => t.gql(OPS.unreact, { id: post.id, type }, { token: who.token });

    expect(expectOk(await react(ana, 'CHEER')).react).toEqual({ reactions: [{ type: 'CHEER', count: 1 }], viewerReactions: ['CHEER'] });
    expect(expectOk(await react(ana, 'CHEER')).react).toEqual({ reactions: [{ type: 'CHEER', count: 1 }], viewerReactions: ['CHEER'] });
    expectOk(await react(ana, 'SUPPORT'));
    expect(expectOk(await react(bo, 'CHEER')).react).toEqual({
      reactions: [
        { type: 'CHEER', count: 2 },
        { type: 'SUPPORT', count: 1 },
      ],
      viewerReactions: ['CHEER'],
    });
    expect(expectOk(await unreact(ana, 'CHEER')).unreact).toEqual({
      reactions: [
        { type: 'CHEER', count: 1 },
        { type: 'SUPPORT', count: 1 },
      ],
      viewerReactions: ['SUPPORT'],
    });
    expectOk(await unreact(ana, 'CHEER'));
    expectOk(await unreact(ana, 'CELEBRATE')); // never reacted: nothing to undo, nothing goes negative
    expect(expectOk(await t.gql(COUNTS, { id: post.id }, { token: ana.token })).post).toEqual({
      reactions: [
        { type: 'CHEER', count: 1 },
        { type: 'SUPPORT', count: 1 },
      ],
      viewerReactions: ['SUPPORT'],
    });
    expect(expectOk(await t.gql(COUNTS, { id: post.id })).post.viewerReactions).toEqual([]);
    expect(await countersAndRows(post.id)).toEqual({
      counters: { CHEER: 1, INSIGHTFUL: 0, SUPPORT: 1, CELEBRATE: 0 },
      rows: { CHEER: 1, INSIGHTFUL: 0, SUPPORT: 1, CELEBRATE: 0 },
    });
  });

  it('refuses an unknown type and a malformed post id before writing anything', async () => {
    const post = await seedPost(t, author, threadId);
    const [viewer] = await t.factories.members(1);
    const badType = await expectNothingWritten(t, [author, viewer], () =>
      t.gql(OPS.react, { id: post.id, type: 'LOVE' }, { token: viewer.token }),
    );
    expect(outcome(badType)).toBe('BAD_USER_INPUT');
    for (const op of [OPS.react, OPS.unreact]) {
      const res = await expectNothingWritten(t, [author, viewer], () => t.gql(op, { id: 'abc', type: 'CHEER' }, { token: viewer.token }));
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'postId' });
      expect(outcome(await t.gql(op, { id: '999999999', type: 'CHEER' }, { token: viewer.token }))).toBe('NOT_FOUND');
    }
  });

  it('keeps every counter equal to its rows when 20 members storm react/unreact concurrently', async () => {
    const post = await seedPost(t, author, threadId);
    const members = await t.factories.members(20);
    // Deterministic storm: each member fires 12 calls at once over the four types, reacting and unreacting,
    // with duplicates, so inserts, conflicts and deletes of the same key race each other.
    let seed = 42;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const calls = members.flatMap((m) =>
      Array.from({ length: 12 }, () => {
        const type = TYPES[Math.floor(random() * TYPES.length)];
        const op = random() < 0.6 ? OPS.react : OPS.unreact;
        return () => t.gql(op, { id: post.id, type }, { token: m.token });
      }),
    );
    for (let round = 0; round < 2; round++) {
      const results = await Promise.all(calls.map((call) => call()));
      for (const res of results) expectOk(res);
      const { counters, rows } = await countersAndRows(post.id);
      expect(counters).toEqual(rows);
      const shown = expectOk(await t.gql(COUNTS, { id: post.id })).post.reactions as Array<{ type: string; count: number }>;
      expect(shown).toEqual(TYPES.filter((type) => rows[type] > 0).map((type) => ({ type, count: rows[type] })));
    }

    // Then everyone reacts with everything at once: the counters must reach exactly 20 each.
    await Promise.all(members.flatMap((m) => TYPES.map((type) => t.gql(OPS.react, { id: post.id, type }, { token: m.token }))));
    expect(await countersAndRows(post.id)).toEqual({
      counters: { CHEER: 20, INSIGHTFUL: 20, SUPPORT: 20, CELEBRATE: 20 },
      rows: { CHEER: 20, INSIGHTFUL: 20, SUPPORT: 20, CELEBRATE: 20 },
    });
    // And everyone takes everything back at once, twice over: exactly zero, never negative.
    await Promise.all(
      members.flatMap((m) => TYPES.flatMap((type) => [1, 2].map(() => t.gql(OPS.unreact, { id: post.id, type }, { token: m.token })))),
    );
    expect(await countersAndRows(post.id)).toEqual({
      counters: { CHEER: 0, INSIGHTFUL: 0, SUPPORT: 0, CELEBRATE: 0 },
      rows: { CHEER: 0, INSIGHTFUL: 0, SUPPORT: 0, CELEBRATE: 0 },
    });
  });
});
