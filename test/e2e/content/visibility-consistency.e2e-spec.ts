import { randomBytes } from 'node:crypto';
import { CommunityVisibility, MembershipsService } from '@kindling/communities';
import { PostsService } from '@kindling/posts';
import { createTestApp, TestApp, TestMember } from '@kindling/testing';
import { block, expectOk, mute, seedCommunity, seedPost, seedThread } from './content-fixtures';

/**
 * One visibility policy, every path. Over a generated population, for every
 * (viewer, post) pair — anonymous included — `post(id)` is non-null exactly
 * when the rules say so, and exactly then the post appears in thread(id).posts,
 * User.threads→posts and Community.threads→posts; the feeds (Community.feed,
 * publicFeed) show it exactly then and when its author is not muted by the viewer.
 */

interface SeededPost {
  id: string;
  threadId: string;
  author: number;
  community: 'P' | 'Q' | null;
  deleted: boolean;
}

const IDS = `nodes { id }`;
const THREAD = `query($id: ID!) { thread(id: $id) { id posts(first: 50) { ${IDS} } } }`;
const USER = `query($handle: String!) { user(handle: $handle) { threads(first: 20) { nodes { id posts(first: 20) { ${IDS} } } } } }`;
const COMMUNITY = `query($slug: String!) { community(slug: $slug) { feed(first: 100) { ${IDS} } threads(first: 20) { nodes { id posts(first: 20) { ${IDS} } } } } }`;
const PUBLIC_FEED = `query($tag: String!) { publicFeed(tag: $tag, first: 100) { ${IDS} } }`;
const POST = `query($id: ID!) { post(id: $id) { id } }`;

// Who is what (indexes into the 8 members). P is public, owned by 0; Q is private, owned by 1.
const P_ACTIVE = [1, 2, 4];
const P_BANNED = [3];
const Q_ACTIVE = [2, 5, 6];
const Q_PENDING = [3];
const Q_BANNED = [4];
/** Banned from Q after starting a thread there: they no longer see their own thread. */
const Q_BANNED_LATER = 6;
const BLOCKS: Array<[number, number]> = [
  [7, 2],
  [5, 0],
  [3, 1],
  [6, 4],
];
const MUTES: Array<[number, number]> = [
  [2, 1],
  [0, 4],
  [7, 6],
  [6, 5],
  [7, 2],
  [4, 0],
];

describe('visibility is one policy on every path', () => {
  let t: TestApp;
  let people: TestMember[];
  let P: { id: string; slug: string };
  let Q: { id: string; slug: string };
  const posts: SeededPost[] = [];
  const threads = new Map<string, { author: number; community: 'P' | 'Q' | null }>();
  const tag = `vis${randomBytes(5).toString('hex')}`;

  /** The rules, written independently of the server. */
  const standingIn = (community: 'P' | 'Q', viewer: number) =>
    community === 'P' ? true : viewer === 1 || (Q_ACTIVE.includes(viewer) && viewer !== Q_BANNED_LATER);
  const blockedEitherWay = (a: number, b: number) => BLOCKS.some(([x, y]) => (x === a && y === b) || (x === b && y === a));
  const mutes = (viewer: number | null, author: number) => viewer !== null && MUTES.some(([x, y]) => x === viewer && y === author);
  const threadVisible = (viewer: number | null, thread: { author: number; community: 'P' | 'Q' | null }) =>
    (thread.community !== 'Q' || (viewer !== null && standingIn('Q', viewer))) &&
    (viewer === null || viewer === thread.author || !blockedEitherWay(viewer, thread.author));
  const postVisible = (viewer: number | null, post: SeededPost) => !post.deleted && threadVisible(viewer, post);

  beforeAll(async () => {
    t = await createTestApp();
    people = [];
    for (let i = 0; i < 8; i++) people.push(await t.factories.member());
    const pick = (indexes: number[]) => indexes.map((i) => people[i]);
    P = await seedCommunity(t, {
      owner: people[0],
      visibility: CommunityVisibility.PUBLIC,
      active: pick(P_ACTIVE),
      banned: pick(P_BANNED),
    });
    Q = await seedCommunity(t, {
      owner: people[1],
      visibility: CommunityVisibility.PRIVATE,
      active: pick(Q_ACTIVE),
      pending: pick(Q_PENDING),
      banned: pick(Q_BANNED),
    });

    // Threads: one outside any community per member, one in P per P member, one in Q per Q member.
    const placements: Array<[number, 'P' | 'Q' | null]> = [
      ...people.map((_, i): [number, null] => [i, null]),
      ...[0, ...P_ACTIVE].map((i): [number, 'P'] => [i, 'P']),
      ...[1, ...Q_ACTIVE].map((i): [number, 'Q'] => [i, 'Q']),
    ];
    let seed = 20260101;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (const [author, community] of placements) {
      const communityId = community === 'P' ? P.id : community === 'Q' ? Q.id : null;
      const thread = await seedThread(t, people[author], { communityId, title: `T${author}${community ?? '-'}` });
      threads.set(thread.id, { author, community });
      const count = 2 + Math.floor(random() * 2);
      for (let k = 0; k < count; k++) {
        const post = await seedPost(t, people[author], thread.id, `Post ${k} by ${author} #${tag}`);
        posts.push({ id: post.id, threadId: thread.id, author, community, deleted: false });
      }
    }
    // Deletions: deterministic, at least one per kind of community, through the service (as the author).
    for (const post of posts) {
      if (random() < 0.25) {
        await t.app.get(PostsService).delete(people[post.author].user.id, post.id);
        post.deleted = true;
      }
    }
    for (const community of [null, 'P', 'Q'] as const) {
      const candidates = posts.filter((p) => p.community === community);
      if (!candidates.some((p) => p.deleted)) {
        await t.app.get(PostsService).delete(people[candidates[0].author].user.id, candidates[0].id);
        candidates[0].deleted = true;
      }
    }
    for (const [a, b] of BLOCKS) await block(t, people[a], people[b]);
    for (const [a, b] of MUTES) await mute(t, people[a], people[b]);
    await t.app.get(MembershipsService).ban(people[1].user.id, Q.id, people[Q_BANNED_LATER].user.id, 'fixture');
  });
  afterAll(() => t.close());

  const VIEWERS: Array<number | null> = [null, 0, 1, 2, 3, 4, 5, 6, 7];

  it('the generated population covers every rule', () => {
    const pairs = VIEWERS.flatMap((v) => posts.map((p) => ({ v, p })));
    const reasons = {
      visible: pairs.filter(({ v, p }) => postVisible(v, p)).length,
      deleted: pairs.filter(({ p }) => p.deleted).length,
      privateHidden: pairs.filter(({ v, p }) => !p.deleted && p.community === 'Q' && !threadVisible(v, p)).length,
      blocked: pairs.filter(({ v, p }) => !p.deleted && v !== null && v !== p.author && blockedEitherWay(v, p.author)).length,
      mutedButVisible: pairs.filter(({ v, p }) => postVisible(v, p) && mutes(v, p.author)).length,
      mutedInCommunity: pairs.filter(({ v, p }) => postVisible(v, p) && mutes(v, p.author) && p.community !== null).length,
    };
    for (const [reason, count] of Object.entries(reasons)) expect({ reason, some: count > 0 }).toEqual({ reason, some: true });
  });

  it.each(VIEWERS.map((v) => [v === null ? 'anonymous' : `member ${v}`, v] as const))('agrees on every path for %s', async (_, viewer) => {
    const token = viewer === null ? undefined : people[viewer].token;
    const q = async (query: string, variables: Record<string, unknown>) => expectOk(await t.gql(query, variables, { token }));
    const ids = (conn: { nodes: Array<{ id: string }> }) => conn.nodes.map((n) => n.id);
    const postsOf = (conn: { nodes: Array<{ id: string; posts: { nodes: Array<{ id: string }> } }> }) =>
      conn.nodes.flatMap((th) => ids(th.posts));

    const single = new Set<string>();
    await Promise.all(posts.map(async (p) => (await q(POST, { id: p.id })).post && single.add(p.id)));

    const inThread = new Set<string>();
    const threadSeen = new Set<string>();
    await Promise.all(
      [...threads.keys()].map(async (id) => {
        const thread = (await q(THREAD, { id })).thread;
        if (thread) threadSeen.add(id);
        for (const postId of thread ? ids(thread.posts) : []) inThread.add(postId);
      }),
    );

    const inUserThreads = new Set<string>();
    const userThreadSeen = new Set<string>();
    for (const person of people) {
      const conn = (await q(USER, { handle: person.user.handle })).user.threads;
      for (const th of conn.nodes) userThreadSeen.add(th.id);
      for (const postId of postsOf(conn)) inUserThreads.add(postId);
    }

    const feeds: Record<'P' | 'Q', Set<string>> = { P: new Set(), Q: new Set() };
    const communityThreads: Record<'P' | 'Q', Set<string>> = { P: new Set(), Q: new Set() };
    for (const [key, community] of [
      ['P', P],
      ['Q', Q],
    ] as const) {
      const data = (await q(COMMUNITY, { slug: community.slug })).community;
      for (const id of ids(data.feed)) feeds[key].add(id);
      for (const id of postsOf(data.threads)) communityThreads[key].add(id);
    }
    const publicFeed = new Set(ids((await q(PUBLIC_FEED, { tag })).publicFeed));

    for (const [id, thread] of threads) {
      const expected = threadVisible(viewer, thread);
      expect({ thread: id, ...thread, byId: threadSeen.has(id), inUserThreads: userThreadSeen.has(id) }).toEqual({
        thread: id,
        ...thread,
        byId: expected,
        inUserThreads: expected,
      });
    }

    for (const p of posts) {
      const visible = postVisible(viewer, p);
      const inFeeds = visible && !mutes(viewer, p.author);
      const label = { post: p.id, author: p.author, community: p.community, deleted: p.deleted };
      expect({
        ...label,
        postById: single.has(p.id),
        threadPosts: inThread.has(p.id),
        userThreadsPosts: inUserThreads.has(p.id),
        communityThreadsPosts: p.community ? communityThreads[p.community].has(p.id) : false,
        communityFeed: p.community ? feeds[p.community].has(p.id) : false,
        otherCommunityFeed: (p.community !== 'P' && feeds.P.has(p.id)) || (p.community !== 'Q' && feeds.Q.has(p.id)),
        publicFeed: publicFeed.has(p.id),
      }).toEqual({
        ...label,
        postById: visible,
        threadPosts: visible,
        userThreadsPosts: visible,
        communityThreadsPosts: p.community !== null && visible,
        communityFeed: p.community !== null && inFeeds,
        otherCommunityFeed: false,
        publicFeed: p.community !== 'Q' && inFeeds,
      });
    }
  });
});
