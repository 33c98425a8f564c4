import { FanoutService } from '@kindling/feed';
import { JobQueue } from '@kindling/jobs';
import { PubSubService, Topics } from '@kindling/realtime';
import { TestApp, waitUntil } from '@kindling/testing';
import { createFeedTestApp, FeedFixtures } from './feed-fixtures';

describe('home feed fan-out', () => {
  let t: TestApp;
  let f: FeedFixtures;
  beforeAll(async () => {
    t = await createFeedTestApp('fanout');
    f = new FeedFixtures(t);
  });
  afterAll(() => t.close());

  it('reaches followers and subscribers who may see the post, and nobody else', async () => {
    const [author, follower, subscriber, both, muter, blocked, stranger] = await t.factories.members(7);
    const threadId = await f.thread(author);
    for (const m of [follower, both, muter]) await f.follow(m, author);
    for (const m of [subscriber, both, blocked]) await f.subscribe(m, threadId);
    await f.mute(muter, author);
    await f.block(author, blocked);
    await f.open(follower, subscriber, both, muter, blocked, stranger);

    const postId = await f.post(author, threadId);

    for (const m of [follower, subscriber, both]) {
      expect(await f.timeline(m)).toEqual([postId]);
      expect(await f.homeIds(m)).toEqual([postId]);
    }
    for (const m of [muter, blocked, stranger]) {
      expect(await f.timeline(m)).toEqual([]);
      expect(await f.homeIds(m)).toEqual([]);
    }
  });

  it('reaches only ACTIVE members with a post in a private community', async () => {
    const [author, member, pendingFollower, outsider] = await t.factories.members(4);
    const communityId = await f.privateCommunity(author, [member], [pendingFollower]);
    const threadId = await f.thread(author, communityId);
    for (const m of [member, pendingFollower, outsider]) await f.follow(m, author);
    await f.open(member, pendingFollower, outsider);

    const postId = await f.post(author, threadId);

    expect(await f.timeline(member)).toEqual([postId]);
    expect(await f.timeline(pendingFollower)).toEqual([]);
    expect(await f.timeline(outsider)).toEqual([]);
  });

  it('publishes homeFeedPostAdded to each recipient, once, with the post as the viewer sees it', async () => {
    const [author, follower, stranger] = await t.factories.members(3);
    const threadId = await f.thread(author);
    await f.follow(follower, author);
    const received: Record<string, unknown[]> = { follower: [], stranger: [] };
    const clients = [follower, stranger].map((m, i) => {
      const client = t.socket(m.token);
      client.subscribe(
        { query: 'subscription { homeFeedPostAdded { id body author { handle } } }' },
        { next: (v) => received[i === 0 ? 'follower' : 'stranger'].push(v), error: () => undefined, complete: () => undefined },
      );
      return client;
    });
    try {
      await new Promise((resolve) => setTimeout(resolve, 300)); // the subscriptions reach Redis
      const postId = await f.post(author, threadId, 'Live!');
      await waitUntil('the live event', () => received.follower.length > 0);
      await t.app.get(FanoutService).fanout(postId); // a redelivery publishes nothing again
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(received.follower).toEqual([
        { data: { homeFeedPostAdded: { id: postId, body: 'Live!', author: { handle: author.user.handle } } } },
      ]);
      expect(received.stranger).toEqual([]);
    } finally {
      for (const client of clients) await client.dispose();
    }
  });

  it('changes nothing when a job is delivered twice', async () => {
    const [author, follower, subscriber] = await t.factories.members(3);
    const threadId = await f.thread(author);
    await f.follow(follower, author);
    await f.subscribe(subscriber, threadId);
    await f.open(follower, subscriber);
    const first = await f.post(author, threadId, 'one');
    const second = await f.post(author, threadId, 'two');
    const before = [await f.timeline(follower), await f.timeline(subscriber)];
    expect(before).toEqual([
      [second, first],
      [second, first],
    ]);

    await t.app.get(JobQueue).enqueue('feed.fanout', { postId: first }, { jobId: `again.${first}` });
    expect(await f.settled(`again.${first}`)).toBe('duplicate');
    // The same deterministic job id is not even added twice.
    await t.app.get(JobQueue).enqueue('feed.fanout', { postId: first }, { jobId: `fanout.${first}` });
    expect(await t.app.get(JobQueue).queue('feed').getJobCounts('waiting', 'active', 'delayed')).toEqual({
      waiting: 0,
      active: 0,
      delayed: 0,
    });
    expect([await f.timeline(follower), await f.timeline(subscriber)]).toEqual(before);
  });

  it('takes a deleted post out of timelines and feeds, and a late fan-out does not put it back', async () => {
    const [author, follower] = await t.factories.members(2);
    const threadId = await f.thread(author);
    await f.follow(follower, author);
    await f.open(follower);
    const kept = await f.post(author, threadId, 'kept');
    const deleted = await f.post(author, threadId, 'deleted');
    expect(await f.timeline(follower)).toEqual([deleted, kept]);

    await f.deletePost(author, deleted);
    expect(await f.timeline(follower)).toEqual([kept]);
    expect(await f.homeIds(follower)).toEqual([kept]);
    expect(await t.app.get(FanoutService).fanout(deleted, 'a.1')).toBe('gone');
    expect(await f.timeline(follower)).toEqual([kept]);
  });

  it('skips members inactive for FEED_INACTIVE_DAYS and rebuilds their timeline when they come back', async () => {
    const [author, active, away] = await t.factories.members(3);
    const threadId = await f.thread(author);
    await f.follow(active, author);
    await f.follow(away, author);
    await f.open(active, away);
    await f.quiet(away);
    const older = await f.post(author, threadId, 'before');
    await t.db.query(`UPDATE user_account SET last_seen_at = now() - interval '31 days' WHERE id = $1`, [away.user.id]);

    const newer = await f.post(author, threadId, 'while away');

    expect(await f.timeline(active)).toEqual([newer, older]);
    expect(await f.timeline(away)).toBeNull(); // dropped, not left stale
    expect(await f.homeIds(away)).toEqual([newer, older]);
    expect(await f.timeline(away)).toEqual([newer, older]);
  });

  it('walks 2,500 followers and subscribers in parallel batches and reaches each of them exactly once', async () => {
    const [author, subscriber] = await t.factories.members(2);
    const threadId = await f.thread(author);
    const tag = `bulk${author.user.id}`;
    const rows: Array<{ id: string }> = await t.db.query(
      `INSERT INTO user_account (handle, email, password_hash, display_name)
       SELECT $1 || '_' || n, $1 || '_' || n || '@example.test', 'x', 'Bulk ' || n FROM generate_series(1, 2500) AS n RETURNING id::text`,
      [tag],
    );
    const ids = rows.map((r) => r.id);
    await t.db.query(`INSERT INTO follow (follower_id, followee_id) SELECT unnest($1::bigint[]), $2`, [ids, author.user.id]);
    await t.db.query(`UPDATE user_account SET follower_count = 2500 WHERE id = $1`, [author.user.id]);
    // Half of them also subscribe to the thread: they must still get the post once.
    await t.db.query(`INSERT INTO thread_subscription (thread_id, user_id) SELECT $1, unnest($2::bigint[])`, [
      threadId,
      ids.filter((_, i) => i % 2 === 0),
    ]);
    await f.subscribe(subscriber, threadId);
    const open = f.redis.pipeline();
    for (const id of [...ids, subscriber.user.id]) open.zadd(`timeline:${id}`, 0, '0');
    await open.exec();
    const events = { count: 0 };
    const listener = t.app.get(PubSubService).iterate(...ids.map((id) => Topics.homeFeed(id)));
    const counting = (async () => {
      for await (const event of listener) if (event) events.count++;
    })();

    const postId = await f.post(author, threadId, 'to many');
    const queue = t.app.get(JobQueue).queue('feed');
    await waitUntil('every batch', async () => (await queue.getJobs(['waiting', 'active', 'delayed'])).length === 0);
    const check = f.redis.pipeline();
    for (const id of [...ids, subscriber.user.id]) check.zrange(`timeline:${id}`, 0, -1);
    const timelines = (await check.exec())!.map(([, members]) => members as string[]);
    expect(timelines.every((members) => members.length === 2 && members.includes(postId))).toBe(true);
    const jobs = (await queue.getJobs(['completed'])).filter((j) => j.data.postId === postId).map((j) => j.data.cursor ?? 'first');
    expect(jobs.length).toBe(3); // the planning job and two range jobs, for 2,501 recipients
    await waitUntil('every live event', () => events.count >= ids.length);
    await listener.return?.();
    await counting;
    expect(events.count).toBe(ids.length);
  });

  it('fails a job with a cursor it did not write at once, without retries', async () => {
    const [author] = await t.factories.members(1);
    const post = await f.post(author, await f.thread(author));
    await t.app.get(JobQueue).enqueue('feed.fanout', { postId: post, cursor: 'x.1' }, { jobId: `bad.${post}` });
    await expect(f.settled(`bad.${post}`)).rejects.toThrow(/invalid fan-out cursor "x\.1"/);
    const job = await t.app.get(JobQueue).queue('feed').getJob(`bad.${post}`);
    expect(job!.attemptsMade).toBe(1);
  });
});
