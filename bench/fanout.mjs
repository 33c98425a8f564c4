// Fan-out on write: one post by a member with 10,000 followers, from the
// createPost request until it is in every follower's Redis timeline, vs a raw
// pipelined ZADD of the same 10,000 timelines from this process.
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { Redis } from 'ioredis';
import { graphql } from './lib/load.mjs';
import { seedFollowers } from './lib/feed-seed.mjs';
import { login } from './lib/seed.mjs';
import { log } from './lib/stack.mjs';
import { LOAD_BEFORE } from './lib/report.mjs';

export const description = 'one post to 10,000 followers: createPost until in every timeline, vs a raw pipelined ZADD of the same ids';
export const stack = { worker: true };

const FOLLOWERS = Number(process.env.BENCH_FANOUT_FOLLOWERS ?? 10_000);
const ROUNDS = Number(process.env.BENCH_FANOUT_ROUNDS ?? 20);
const WARMUP = 3;
const CREATE_POST = `mutation($input: CreatePostInput!) { createPost(input: $input) { id } }`;
// Members the floor writes: numeric like post ids, far above any real one, removed after each round.
const FLOOR_MEMBER = 8_000_000_000_000_000;
const SAMPLE_EVERY = 50;

const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))];
const fixed = (n) => n.toFixed(1).padStart(7);

export async function run({ baseUrl, databaseUrl, redisUrl, redisPrefix }) {
  log(`seeding a member with ${FOLLOWERS} followers`);
  const { authorHandle, threadId, followerIds } = await seedFollowers(databaseUrl, FOLLOWERS);
  const [author] = await login(baseUrl, [authorHandle]);
  const redis = new Redis(redisUrl, { keyPrefix: `${redisPrefix}:` });
  const events = new Redis(redisUrl);
  const keys = followerIds.map((id) => `timeline:${id}`);
  try {
    // Every follower has a built (empty) timeline, as active members who read their feed do.
    const open = redis.pipeline();
    for (const key of keys) open.zadd(key, 0, '0');
    await open.exec();
    // Completion is watched on a sample of the live events (every SAMPLE_EVERY-th follower) rather
    // than all 10,000, which would load the 2 shared cores; batches are contiguous id ranges of ~1,000,
    // so every batch holds sampled members, and each round then checks all 10,000 timelines anyway.
    const sampled = followerIds.filter((_, i) => i % SAMPLE_EVERY === SAMPLE_EVERY - 1 || i === followerIds.length - 1);
    const arrived = new Map(); // post id → sampled events received
    let onEvent = () => undefined;
    await events.subscribe(...sampled.map((id) => `${redisPrefix}:feed:${id}`));
    events.on('message', (_channel, message) => {
      const { postId } = JSON.parse(message);
      arrived.set(postId, (arrived.get(postId) ?? 0) + 1);
      onEvent(postId);
    });
    log(`${keys.length} timelines open; ${WARMUP} warm-up rounds, then ${ROUNDS} measured (fan-out and floor alternating)`);

    const fanout = [];
    const floor = [];
    const mutation = [];
    for (let round = 0; round < WARMUP + ROUNDS; round++) {
      const measured = round >= WARMUP;
      // Floor: the same 10,000 timelines, one pipelined ZADD each, nothing else.
      const member = String(FLOOR_MEMBER + round);
      await sleep(50);
      let started = performance.now();
      const pipeline = redis.pipeline();
      for (const key of keys) pipeline.zadd(key, member, member);
      await pipeline.exec();
      if (measured) floor.push(performance.now() - started);
      const cleanup = redis.pipeline();
      for (const key of keys) cleanup.zrem(key, member);
      await cleanup.exec();

      await sleep(50); // let the cleanup's work drain before timing

      // Fan-out: createPost → after commit feed.fanout → 10 batch jobs → every timeline.
      started = performance.now();
      let postId = null;
      const done = new Promise((resolve) => {
        onEvent = (id) => postId === id && arrived.get(id) === sampled.length && resolve();
      });
      const { createPost } = await graphql(
        baseUrl,
        CREATE_POST,
        { input: { threadId, body: `Fan-out round ${round}` } },
        { token: author.token },
      );
      postId = createPost.id;
      const answered = performance.now() - started;
      if (arrived.get(postId) !== sampled.length)
        await timeout(done, 10_000, () => `post ${postId}: ${arrived.get(postId) ?? 0} of ${sampled.length} events`);
      if (measured) {
        fanout.push(performance.now() - started);
        mutation.push(answered);
      }
      const check = redis.pipeline();
      for (const key of keys) check.zscore(key, postId);
      const missing = (await check.exec()).filter(([, score]) => score !== postId).length;
      if (missing > 0) throw new Error(`post ${postId} missing from ${missing} timelines`);
    }

    const row = (name, values) =>
      console.log(`${name.padEnd(44)} ${fixed(percentile(values, 50))} ${fixed(percentile(values, 90))} ${fixed(Math.max(...values))}`);
    console.log(`\n${ROUNDS} rounds; 2 cores; 1-min load average ${LOAD_BEFORE.toFixed(2)} before the run`);
    console.log(`${'ms'.padEnd(44)} ${'p50'.padStart(7)} ${'p90'.padStart(7)} ${'max'.padStart(7)}`);
    row(`floor: pipelined ZADD x ${keys.length}`, floor);
    row(`fan-out: createPost → in all ${keys.length} timelines`, fanout);
    row('  of which the createPost answer', mutation);
    const ratio = percentile(fanout, 50) / percentile(floor, 50);
    console.log(
      `\nfan-out p50 ${percentile(fanout, 50).toFixed(1)} ms (target ≤ 100): ${percentile(fanout, 50) <= 100 ? 'met' : 'MISSED'}`,
    );
    console.log(`fan-out p50 / floor p50 = ${ratio.toFixed(2)}x (target ≤ 2): ${ratio <= 2 ? 'met' : 'MISSED'}`);
    console.log(`every post checked in all ${keys.length} timelines: yes`);
    return 0;
  } finally {
    redis.disconnect();
    events.disconnect();
  }
}

function timeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`timed out: ${what()}`)), ms))),
  ]).finally(() => clearTimeout(timer));
}
