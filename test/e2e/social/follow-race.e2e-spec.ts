import { createTestApp, TestApp, TestMember } from '@kindling/testing';

const FOLLOW = `mutation($id: ID!) { follow(userId: $id) { id } }`;
const UNFOLLOW = `mutation($id: ID!) { unfollow(userId: $id) { id } }`;

interface CounterCheck {
  id: string;
  follower_count: number;
  following_count: number;
  follower_rows: number;
  following_rows: number;
}

/**
 * Counters are `col = col ± 1` in the transaction that inserts or deletes the
 * row, guarded by ON CONFLICT and a per-pair lock: under any interleaving of
 * concurrent requests they must equal the rows in `follow`.
 */
describe('follow counters under concurrency', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const countersOf = (members: TestMember[]): Promise<CounterCheck[]> =>
    t.db.query(
      `SELECT u.id::text, u.follower_count, u.following_count,
              (SELECT count(*)::int FROM follow f WHERE f.followee_id = u.id) AS follower_rows,
              (SELECT count(*)::int FROM follow f WHERE f.follower_id = u.id) AS following_rows
         FROM user_account u WHERE u.id = ANY($1::bigint[]) ORDER BY u.id`,
      [members.map((m) => m.user.id)],
    );

  const expectCountersMatchRows = async (members: TestMember[]) => {
    const rows = await countersOf(members);
    expect(rows).toHaveLength(members.length);
    for (const row of rows) {
      expect({ id: row.id, followers: row.follower_count, following: row.following_count }).toEqual({
        id: row.id,
        followers: row.follower_rows,
        following: row.following_rows,
      });
    }
    return rows;
  };

  const send = async (mutation: string, actor: TestMember, target: TestMember) => {
    const res = await t.gql(mutation, { id: target.user.id }, { token: actor.token });
    expect(res.errors).toBeUndefined();
  };

  it('30 members following one target at once count 30', async () => {
    const [target, ...followers] = await t.factories.members(31);
    await Promise.all(followers.map((f) => send(FOLLOW, f, target)));
    const rows = await expectCountersMatchRows([target, ...followers]);
    expect(rows.find((r) => r.id === target.user.id)).toMatchObject({ follower_count: 30, follower_rows: 30 });

    await Promise.all(followers.map((f) => send(UNFOLLOW, f, target)));
    const after = await expectCountersMatchRows([target, ...followers]);
    expect(after.every((r) => r.follower_count === 0 && r.following_count === 0)).toBe(true);
  });

  it('one member following the same target 10 times at once counts once', async () => {
    const [member, target] = await t.factories.members(2);
    await Promise.all(Array.from({ length: 10 }, () => send(FOLLOW, member, target)));
    const rows = await expectCountersMatchRows([member, target]);
    expect(rows.map((r) => [r.follower_count, r.following_count])).toEqual(
      BigInt(member.user.id) < BigInt(target.user.id)
        ? [
            [0, 1],
            [1, 0],
          ]
        : [
            [1, 0],
            [0, 1],
          ],
    );

    await Promise.all(Array.from({ length: 10 }, () => send(UNFOLLOW, member, target)));
    const after = await expectCountersMatchRows([member, target]);
    expect(after.map((r) => [r.follower_count, r.following_count])).toEqual([
      [0, 0],
      [0, 0],
    ]);
  });

  it('the same pair following and unfollowing at once ends consistent', async () => {
    const [member, target] = await t.factories.members(2);
    const storm = Array.from({ length: 20 }, (_, i) => send(i % 2 === 0 ? FOLLOW : UNFOLLOW, member, target));
    await Promise.all(storm);
    const rows = await expectCountersMatchRows([member, target]);
    expect(rows.every((r) => r.follower_count >= 0 && r.following_count >= 0)).toBe(true);
  });

  it('a follow/unfollow storm over every pair of a small crowd, both directions, ends with counters equal to rows', async () => {
    const crowd = await t.factories.members(6);
    // Deterministic pseudo-random mix, so a failure reproduces.
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    const operations: Array<Promise<void>> = [];
    for (let round = 0; round < 3; round++) {
      for (const actor of crowd) {
        for (const target of crowd) {
          if (actor === target) continue;
          operations.push(send(next() % 3 === 0 ? UNFOLLOW : FOLLOW, actor, target));
        }
      }
    }
    await Promise.all(operations);
    const rows = await expectCountersMatchRows(crowd);
    expect(rows.reduce((sum, r) => sum + r.follower_count, 0)).toBe(rows.reduce((sum, r) => sum + r.following_count, 0));

    // And back to nothing: everyone unfollows everyone at once.
    await Promise.all(crowd.flatMap((actor) => crowd.filter((x) => x !== actor).map((target) => send(UNFOLLOW, actor, target))));
    const after = await expectCountersMatchRows(crowd);
    expect(after.every((r) => r.follower_count === 0 && r.following_count === 0)).toBe(true);
  });

  it('blocks racing follows in both directions leave no follow and consistent counters', async () => {
    const [a, b] = await t.factories.members(2);
    const block = `mutation($id: ID!) { blockUser(userId: $id) { id } }`;
    const results = await Promise.all([
      ...Array.from({ length: 5 }, () => t.gql(FOLLOW, { id: b.user.id }, { token: a.token })),
      ...Array.from({ length: 5 }, () => t.gql(FOLLOW, { id: a.user.id }, { token: b.token })),
      t.gql(block, { id: b.user.id }, { token: a.token }),
    ]);
    // A follow either ran before the block (and was removed by it) or after it (and was refused).
    for (const res of results) {
      if (res.errors) expect(res.errors[0].extensions?.code).toBe('FORBIDDEN');
    }
    const rows = await expectCountersMatchRows([a, b]);
    expect(rows.every((r) => r.follower_rows === 0 && r.following_rows === 0)).toBe(true);
  });
});
