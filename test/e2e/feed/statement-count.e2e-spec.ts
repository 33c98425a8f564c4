import { ReactionsService, ReactionType } from '@kindling/posts';
import { expectStatementCount, TestApp, TestMember } from '@kindling/testing';
import { createFeedTestApp, FeedFixtures } from './feed-fixtures';

const FEED = `query($first: Int) {
  homeFeed(first: $first) {
    nodes { id body author { handle } thread { title } reactions { type count } viewerReactions commentCount }
    pageInfo { hasNextPage endCursor }
  }
}`;

/** The posts query (timeline ids and merged posts in one), then one loader each for authors, threads and viewer reactions. */
const MAX_STATEMENTS = 4;

describe('SQL statements per homeFeed page', () => {
  let t: TestApp;
  let f: FeedFixtures;
  let viewer: TestMember;
  let authors: TestMember[];
  beforeAll(async () => {
    t = await createFeedTestApp('statements');
    f = new FeedFixtures(t);
    [viewer, ...authors] = await t.factories.members(4);
    await f.quiet(viewer); // no last-seen UPDATE lands inside a count
    const threads = [];
    for (const author of authors) {
      await f.follow(viewer, author);
      threads.push(await f.thread(author));
    }
    await f.open(viewer);
    const reactions = t.app.get(ReactionsService);
    for (let i = 0; i < 60; i++) {
      const postId = await f.post(authors[i % 3], threads[i % 3], `post ${i}`);
      if (i % 4 === 0) await reactions.react(viewer.user.id, postId, ReactionType.CHEER);
      if (i % 5 === 0) await reactions.react(authors[0].user.id, postId, ReactionType.INSIGHTFUL);
    }
  });
  afterAll(() => t.close());

  const read = async (first: number) => {
    const { result, statements } = await expectStatementCount(t.queries, () => t.gql(FEED, { first }, { token: viewer.token }), {
      max: MAX_STATEMENTS,
    });
    expect(result.errors).toBeUndefined();
    return { nodes: result.data!.homeFeed.nodes as Array<Record<string, any>>, statements };
  };

  it(`costs the same ${MAX_STATEMENTS} statements or fewer for 5 and for 50 posts`, async () => {
    const five = await read(5);
    const fifty = await read(50);
    expect(five.nodes).toHaveLength(5);
    expect(fifty.nodes).toHaveLength(50);
    expect(fifty.statements.length).toBe(five.statements.length);
    expect(fifty.nodes.slice(0, 5)).toEqual(five.nodes);
    const handles = new Set(authors.map((a) => a.user.handle));
    for (const node of fifty.nodes) {
      expect(handles.has(node.author.handle)).toBe(true);
      expect(node.thread.title).toBe('Feed thread');
      const i = Number(node.body.split(' ')[1]);
      expect(node.viewerReactions).toEqual(i % 4 === 0 ? ['CHEER'] : []);
      expect(node.reactions).toEqual([
        ...(i % 4 === 0 ? [{ type: 'CHEER', count: 1 }] : []),
        ...(i % 5 === 0 ? [{ type: 'INSIGHTFUL', count: 1 }] : []),
      ]);
      expect(node.commentCount).toBe(0);
    }
  });

  it('costs one statement more when the timeline must first be rebuilt from Postgres', async () => {
    await f.redis.del(`timeline:${viewer.user.id}`);
    const { statements } = await expectStatementCount(t.queries, () => t.gql(FEED, { first: 50 }, { token: viewer.token }), {
      max: MAX_STATEMENTS + 1,
    });
    expect(statements.length).toBe((await read(50)).statements.length + 1);
  });
});
