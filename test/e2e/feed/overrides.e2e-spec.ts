import { TestApp } from '@kindling/testing';
import { createFeedTestApp, FeedFixtures } from './feed-fixtures';

describe('home feed with a small timeline and a low follower threshold', () => {
  let t: TestApp;
  let f: FeedFixtures;
  beforeAll(async () => {
    t = await createFeedTestApp('overrides', { FEED_TIMELINE_SIZE: '5', FANOUT_FOLLOWER_THRESHOLD: '3' });
    f = new FeedFixtures(t);
  });
  afterAll(() => t.close());

  it('keeps only the newest FEED_TIMELINE_SIZE posts in a timeline, and in a rebuild', async () => {
    const [author, reader] = await t.factories.members(2);
    const threadId = await f.thread(author);
    await f.follow(reader, author);
    await f.open(reader);
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) ids.push(await f.post(author, threadId, `post ${i}`));
    const newest = ids.reverse().slice(0, 5);

    expect(await f.timeline(reader)).toEqual(newest);
    const page = await f.homeFeed(reader);
    expect(page.nodes.map((n) => n.id)).toEqual(newest);
    expect(page.pageInfo.hasNextPage).toBe(false);

    await f.redis.del(`timeline:${reader.user.id}`);
    expect(await f.homeIds(reader)).toEqual(newest);
    expect(await f.timeline(reader)).toEqual(newest);
  });

  it('does not fan out to the followers of an author over the threshold, merges their posts in at read time, and still fans out to subscribers', async () => {
    const [celebrity, ordinary, reader, subscriber, ...fans] = await t.factories.members(7);
    const celebrityThread = await f.thread(celebrity);
    const ordinaryThread = await f.thread(ordinary);
    for (const m of [reader, ...fans]) await f.follow(m, celebrity); // 4 followers > 3
    await f.follow(reader, ordinary);
    await f.subscribe(subscriber, celebrityThread);
    await f.open(reader, subscriber, fans[0]);

    const c1 = await f.post(celebrity, celebrityThread, 'c1');
    const o1 = await f.post(ordinary, ordinaryThread, 'o1');
    const c2 = await f.post(celebrity, celebrityThread, 'c2');
    const o2 = await f.post(ordinary, ordinaryThread, 'o2');
    const c3 = await f.post(celebrity, celebrityThread, 'c3');

    expect(await f.timeline(reader)).toEqual([o2, o1]);
    expect(await f.timeline(fans[0])).toEqual([]);
    expect(await f.timeline(subscriber)).toEqual([c3, c2, c1]);

    const everything = [c3, o2, c2, o1, c1];
    expect(await f.homeIds(reader)).toEqual(everything);
    expect(await f.homeIds(fans[0])).toEqual([c3, c2, c1]);
    for (const first of [1, 2, 3]) {
      const seen: string[] = [];
      let after: string | null = null;
      for (let pages = 0; pages < 10; pages++) {
        const page = await f.homeFeed(reader, { first, after });
        seen.push(...page.nodes.map((n) => n.id));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(seen).toEqual(everything);
    }

    // The merged posts follow the same rules as the fanned-out ones.
    await f.mute(reader, celebrity);
    expect(await f.homeIds(reader)).toEqual([o2, o1]);
    await f.deletePost(ordinary, o2);
    expect(await f.homeIds(reader)).toEqual([o1]);
  });
});
