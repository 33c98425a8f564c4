import { CREATE_POST, sleep, Stack, waitFor } from './fault-stack';

const FOLLOWERS = 10_000;
const SUBSCRIBERS = 1_500;

/** Drill 2: kill -9 the worker in the middle of a 10k-follower fan-out, then start a new one. */
describe('worker killed mid fan-out', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await Stack.create('kill');
  }, 60_000);
  afterAll(() => stack?.destroy(), 30_000);

  it('delivers the post to every timeline exactly once and notifies every subscriber once', async () => {
    const [author] = await stack.members(1, 'k_author');
    const followers = await stack.members(FOLLOWERS, 'k');
    await stack.follow(followers, author);
    await stack.startApi();
    const threadId = await stack.createThread(author);
    const subscribers = followers.slice(0, SUBSCRIBERS);
    await stack.sql.query(`INSERT INTO thread_subscription (thread_id, user_id) SELECT $1, unnest($2::bigint[])`, [threadId, subscribers]);
    // Every follower has a built (empty) timeline, as after a read: fan-out must put the post in each.
    const pipeline = stack.redis.pipeline();
    for (const id of followers) pipeline.zadd(`timeline:${id}`, 0, '0');
    await pipeline.exec();

    const worker = await stack.startWorker();
    const res = await stack.gql<{ createPost: { id: string } }>(CREATE_POST, { threadId, body: 'to ten thousand' }, author);
    const postId = res.body.data!.createPost.id;
    const notified = async () =>
      Number(
        (await stack.sql.query(`SELECT count(*) AS n FROM notification WHERE type = 'THREAD_POST' AND thread_id = $1`, [threadId])).rows[0]
          .n,
      );
    await waitFor(
      'the fan-out and the notifications to be under way',
      async () => (await stack.redis.exists(`fanout-done:${postId}.first`)) === 1 && (await notified()) > 0,
      20_000,
      5,
    );
    worker.child.kill('SIGKILL');
    await worker.exit;
    const notifiedAtKill = await notified();
    const batchesAtKill = (await stack.redis.keys(`${stack.prefix}:fanout-done:${postId}.*`)).length;
    expect(notifiedAtKill).toBeLessThan(SUBSCRIBERS); // killed mid-way, not after the work was done

    await stack.startWorker();
    // Jobs the dead worker held come back once their lock expires (BullMQ's stalled-job check).
    const hasPost = async () => {
      const p = stack.redis.pipeline();
      for (const id of followers) p.zscore(`timeline:${id}`, postId);
      return (await p.exec())!.filter(([, score]) => score !== null).length;
    };
    await waitFor('every timeline to hold the post', async () => (await hasPost()) === FOLLOWERS, 90_000, 1_000);
    await waitFor('every subscriber to be notified', async () => (await notified()) === SUBSCRIBERS, 60_000, 500).catch(
      async (error: unknown) => {
        const failed = [
          ...(await stack.redis.zrange(`bull:notifications:failed`, 0, -1)),
          ...(await stack.redis.zrange(`bull:notifications:delayed`, 0, -1)),
          ...(await stack.redis.lrange(`bull:notifications:active`, 0, -1)),
          ...(await stack.redis.lrange(`bull:notifications:wait`, 0, -1)),
        ];
        console.log(`notified ${await notified()} of ${SUBSCRIBERS}; failed jobs: ${failed.join(', ')}`);
        for (const id of failed.slice(0, 3))
          console.log(id, JSON.stringify(await stack.redis.hgetall(`bull:notifications:${id}`)).slice(0, 1500));
        throw error;
      },
    );
    await sleep(1_000);
    const { rows } = await stack.sql.query<{ recipients: string; groups: string; actors: string }>(
      `SELECT count(DISTINCT recipient_id) AS recipients, count(*) AS groups, sum(actor_count) AS actors FROM notification WHERE type = 'THREAD_POST' AND thread_id = $1`,
      [threadId],
    );
    expect(rows[0]).toEqual({ recipients: String(SUBSCRIBERS), groups: String(SUBSCRIBERS), actors: String(SUBSCRIBERS) });
    // Timelines are sets, so "exactly once" holds in Redis by construction; the API shows it once too.
    for (const id of [followers[0], followers[FOLLOWERS / 2], followers.at(-1)!]) {
      const feed = await stack.homeFeedIds(id);
      expect(feed.filter((p) => p === postId)).toHaveLength(1);
    }
    console.log(
      `drill 2: killed with ${batchesAtKill}/10 batches delivered and ${notifiedAtKill}/${SUBSCRIBERS} notified; recovered in full`,
    );
  }, 180_000);
});
