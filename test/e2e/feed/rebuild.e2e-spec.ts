import { TimelineStore } from '@kindling/feed';
import { RedisService } from '@kindling/redis';
import { TestApp } from '@kindling/testing';
import { Redis } from 'ioredis';
import { createFeedTestApp, FeedFixtures } from './feed-fixtures';

describe('home feed rebuild and paging', () => {
  let t: TestApp;
  let f: FeedFixtures;
  beforeAll(async () => {
    t = await createFeedTestApp('rebuild');
    f = new FeedFixtures(t);
  });
  afterAll(() => t.close());

  /** A reader following two authors and subscribed to a third's thread; `count` posts spread over them, oldest first. */
  const seed = async (count: number) => {
    const [reader, a, b, c] = await t.factories.members(4);
    const threads = [await f.thread(a), await f.thread(b), await f.thread(c)];
    await f.follow(reader, a);
    await f.follow(reader, b);
    await f.subscribe(reader, threads[2]);
    await f.open(reader);
    const authors = [a, b, c];
    const ids: string[] = [];
    for (let i = 0; i < count; i++) ids.push(await f.post(authors[i % 3], threads[i % 3], `post ${i}`));
    return { reader, authors, threads, newestFirst: ids.reverse() };
  };

  it('rebuilds a deleted timeline from Postgres, identical to what fan-out built', async () => {
    const { reader, newestFirst } = await seed(6);
    expect(await f.timeline(reader)).toEqual(newestFirst);

    await f.redis.del(TimelineStore.key(reader.user.id));
    expect(await f.homeIds(reader)).toEqual(newestFirst);
    expect(await f.timeline(reader)).toEqual(newestFirst);
  });

  it('loses nothing when every key of the deployment is wiped (Redis is a cache)', async () => {
    const { reader, newestFirst } = await seed(4);
    const redis = t.app.get(RedisService);
    const raw = new Redis(t.config.redisUrl);
    try {
      let cursor = '0';
      do {
        const [next, keys] = await raw.scan(cursor, 'MATCH', `${redis.prefix}:*`, 'COUNT', 1000);
        if (keys.length > 0) await raw.unlink(...keys);
        cursor = next;
      } while (cursor !== '0');
    } finally {
      raw.disconnect();
    }
    expect(await f.timeline(reader)).toBeNull();
    expect(await f.homeIds(reader)).toEqual(newestFirst);
  });

  it('marks a rebuilt empty timeline, so the next read does not rebuild it again', async () => {
    const [loner] = await t.factories.members(1);
    await f.quiet(loner);
    expect(await f.homeIds(loner)).toEqual([]);
    expect(await f.redis.zrange(TimelineStore.key(loner.user.id), 0, -1)).toEqual(['0']);
    const statements = await t.queries.record(() => f.homeIds(loner));
    expect(statements.filter((sql) => /thread_subscription/.test(sql))).toEqual([]); // no fan-out-on-read query
  });

  it('pages with after over every post once, newest first, skipping entries filtered at read time', async () => {
    const { reader, authors, newestFirst } = await seed(12);
    // Muting b after fan-out leaves b's posts in the timeline; the read filters them out.
    await f.mute(reader, authors[1]);
    const visible = newestFirst.filter((_, i) => (newestFirst.length - 1 - i) % 3 !== 1);

    for (const first of [1, 2, 5]) {
      const seen: string[] = [];
      let after: string | null = null;
      for (let pages = 0; pages < 20; pages++) {
        const page = await f.homeFeed(reader, { first, after });
        expect(page.nodes.length).toBeLessThanOrEqual(first);
        expect(page.edges.map((e) => e.node)).toEqual(page.nodes);
        seen.push(...page.nodes.map((n) => n.id));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(seen).toEqual(visible);
    }
  });

  it('pages the same way right after a rebuild', async () => {
    const { reader, newestFirst } = await seed(5);
    await f.redis.del(TimelineStore.key(reader.user.id));
    const first = await f.homeFeed(reader, { first: 2 });
    await f.redis.del(TimelineStore.key(reader.user.id));
    const second = await f.homeFeed(reader, { first: 2, after: first.pageInfo.endCursor });
    expect([...first.nodes, ...second.nodes].map((n) => n.id)).toEqual(newestFirst.slice(0, 4));
  });

  it('refuses anonymous readers and bad cursors', async () => {
    const res = await t.gql('{ homeFeed { nodes { id } } }');
    expect(res.errors![0].extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
    const [member] = await t.factories.members(1);
    const bad = await t.gql(`{ homeFeed(after: "nope") { nodes { id } } }`, {}, { token: member.token });
    expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});
