import { createTestApp, expectOk, GraphQLResponse, TestApp, TestMember } from '@kindling/testing';
import { openRoom } from '../mentorship/mentorship-fixtures';

const LIMIT = 3;
const WINDOW = 60;
const ENV = { WRITE_LIMITS: ['posts', 'comments', 'follows', 'roomMessages', 'reports'].map((n) => `${n}=${LIMIT}/${WINDOW}`).join(',') };

/** Calls `field` aliased `n` times in one request; the codes in alias order ('OK' when it ran). */
const codes = (res: GraphQLResponse, n: number) =>
  Array.from({ length: n }, (_, i) => res.errors?.find((e) => e.path?.[0] === `w${i}`)?.extensions?.code ?? 'OK');

describe('per-member write limits (lowered through WRITE_LIMITS)', () => {
  let t: TestApp;
  let second: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: ENV });
    second = await createTestApp({ env: ENV }); // another API process on the same Redis
  });
  afterAll(async () => {
    await second.close();
    await t.close();
  });

  const count = async (sql: string, id: string) => (await t.db.query(sql, [id]))[0].n as number;

  async function threadOf(m: TestMember): Promise<string> {
    return expectOk(await t.gql(`mutation { createThread(input: { title: "limits" }) { id } }`, {}, { token: m.token })).createThread.id;
  }

  it('createPost: the 4th post in the window is RATE_LIMITED with retryAfter, on any API process, and is not written', async () => {
    const m = await t.factories.member();
    const threadId = await threadOf(m);
    const create = (app: TestApp) =>
      app.gql(`mutation($t: ID!) { createPost(input: { threadId: $t, body: "hello" }) { id } }`, { t: threadId }, { token: m.token });
    for (let i = 0; i < LIMIT; i++) expectOk(await create(i % 2 ? second : t));
    for (const app of [t, second]) {
      const res = await create(app);
      expect(res.data).toBeNull();
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfter: expect.any(Number) });
      expect(res.errors![0].extensions!.retryAfter).toBeGreaterThan(0);
      expect(res.errors![0].extensions!.retryAfter).toBeLessThanOrEqual(WINDOW);
    }
    expect(await count(`SELECT count(*)::int AS n FROM post WHERE author_id = $1`, m.user.id)).toBe(LIMIT);
  });

  it('aliased createPost calls each count', async () => {
    const m = await t.factories.member();
    const threadId = await threadOf(m);
    const res = await t.gql(
      `mutation($t: ID!) { ${Array.from({ length: 5 }, (_, i) => `w${i}: createPost(input: { threadId: $t, body: "p${i}" }) { id }`).join(' ')} }`,
      { t: threadId },
      { token: m.token },
    );
    // Mutation fields run in order and are non-null: the refusal ends the operation, the 5th never runs.
    expect(codes(res, LIMIT + 1)).toEqual([...Array(LIMIT).fill('OK'), 'RATE_LIMITED']);
    expect(res.errors).toHaveLength(1);
    expect(await count(`SELECT count(*)::int AS n FROM post WHERE author_id = $1`, m.user.id)).toBe(LIMIT);
  });

  it('the limit is per member: another member is not affected', async () => {
    const [a, b] = await t.factories.members(2);
    const [ta, tb] = [await threadOf(a), await threadOf(b)];
    const post = (m: TestMember, id: string) =>
      t.gql(`mutation($t: ID!) { createPost(input: { threadId: $t, body: "x" }) { id } }`, { t: id }, { token: m.token });
    for (let i = 0; i <= LIMIT; i++) await post(a, ta);
    expectOk(await post(b, tb));
  });

  it('addComment, follow and reportContent are limited the same way', async () => {
    const [author, actor, ...targets] = await t.factories.members(2 + LIMIT + 1);
    const threadId = await threadOf(author);
    const postIds: string[] = [];
    for (let i = 0; i < LIMIT; i++)
      postIds.push(
        expectOk(
          await t.gql(
            `mutation($t: ID!) { createPost(input: { threadId: $t, body: "r${i}" }) { id } }`,
            { t: threadId },
            { token: author.token },
          ),
        ).createPost.id,
      );
    const comments = await t.gql(
      `mutation($p: ID!) { ${Array.from({ length: LIMIT + 1 }, (_, i) => `w${i}: addComment(input: { postId: $p, body: "c${i}" }) { id }`).join(' ')} }`,
      { p: postIds[0] },
      { token: actor.token },
    );
    expect(codes(comments, LIMIT + 1)).toEqual([...Array(LIMIT).fill('OK'), 'RATE_LIMITED']);
    const follows = await t.gql(
      `mutation { ${targets.map((m, i) => `w${i}: follow(userId: "${m.user.id}") { id }`).join(' ')} }`,
      {},
      { token: actor.token },
    );
    expect(codes(follows, LIMIT + 1)).toEqual([...Array(LIMIT).fill('OK'), 'RATE_LIMITED']);
    expect(await count(`SELECT count(*)::int AS n FROM follow WHERE follower_id = $1`, actor.user.id)).toBe(LIMIT);
    const reports = await t.gql(
      `mutation { ${[...postIds, postIds[0]].map((p, i) => `w${i}: reportContent(input: { postId: "${p}", reason: SPAM }) { id }`).join(' ')} }`,
      {},
      { token: actor.token },
    );
    expect(codes(reports, LIMIT + 1)).toEqual([...Array(LIMIT).fill('OK'), 'RATE_LIMITED']);
  });

  it('sendRoomMessage is limited per member', async () => {
    const [mentor, mentee] = await t.factories.members(2);
    const roomId = await openRoom(t, mentor, mentee);
    const res = await t.gql(
      `mutation($r: ID!) { ${Array.from({ length: LIMIT + 1 }, (_, i) => `w${i}: sendRoomMessage(roomId: $r, body: "m${i}") { id }`).join(' ')} }`,
      { r: roomId },
      { token: mentee.token },
    );
    expect(codes(res, LIMIT + 1)).toEqual([...Array(LIMIT).fill('OK'), 'RATE_LIMITED']);
    expectOk(
      await t.gql(`mutation($r: ID!) { sendRoomMessage(roomId: $r, body: "mentor") { id } }`, { r: roomId }, { token: mentor.token }),
    );
  });

  it('anonymous writes are UNAUTHENTICATED, not counted', async () => {
    const res = await t.gql(`mutation { follow(userId: "1") { id } }`);
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
