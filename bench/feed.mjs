// homeFeed (Redis timeline + one posts query + loaders) vs the `{ __typename }`
// floor on the same server, vs the same page computed by fan-out on read in
// SQL, and its latency at half its own rate.
import pg from 'pg';
import { compare, graphql, paced, SETTINGS } from './lib/load.mjs';
import { seedNetwork } from './lib/feed-seed.mjs';
import { login } from './lib/seed.mjs';
import { log } from './lib/stack.mjs';
import { printSettings, printTable } from './lib/report.mjs';

export const description = 'homeFeed(first: 20) over 100k posts, members following 200: vs { __typename }, vs fan-out on read in SQL';

const MEMBERS = Number(process.env.BENCH_FEED_MEMBERS ?? 10_000);
const POSTS = Number(process.env.BENCH_FEED_POSTS ?? 100_000);
const FOLLOWS = 200;
const SUBSCRIPTIONS = 5;
const PAGE = 20;

const FLOOR = JSON.stringify({ query: '{ __typename }' });
const HOME_FEED = JSON.stringify({
  query: `query Home { homeFeed(first: ${PAGE}) {
    nodes { id body createdAt author { handle displayName } thread { title } reactions { type count } viewerReactions commentCount }
    pageInfo { hasNextPage endCursor }
  } }`,
});

/**
 * The same page by fan-out on read: posts of followed members and subscribed
 * threads, with the same visibility, block and mute rules, the author, the
 * thread title and the viewer's reactions, newest first, in one statement.
 */
const FAN_OUT_ON_READ = `
SELECT p.id, p.body, p.created_at, p.comment_count, p.cheer_count, p.insightful_count, p.support_count, p.celebrate_count,
       u.handle, u.display_name, t.title,
       ARRAY(SELECT r.type FROM reaction r WHERE r.post_id = p.id AND r.user_id = $1 ORDER BY r.type) AS viewer_reactions
  FROM post p
  JOIN user_account u ON u.id = p.author_id
  JOIN growth_thread t ON t.id = p.thread_id
 WHERE p.deleted_at IS NULL
   AND (p.author_id IN (SELECT f.followee_id FROM follow f WHERE f.follower_id = $1)
        OR p.thread_id IN (SELECT s.thread_id FROM thread_subscription s WHERE s.user_id = $1))
   AND (p.community_id IS NULL
        OR EXISTS (SELECT 1 FROM community c WHERE c.id = p.community_id AND c.visibility = 'PUBLIC')
        OR EXISTS (SELECT 1 FROM membership m WHERE m.community_id = p.community_id AND m.user_id = $1 AND m.status = 'ACTIVE'))
   AND NOT EXISTS (SELECT 1 FROM user_block b WHERE (b.blocker_id = $1 AND b.blocked_id = p.author_id) OR (b.blocker_id = p.author_id AND b.blocked_id = $1))
   AND NOT EXISTS (SELECT 1 FROM user_mute mu WHERE mu.muter_id = $1 AND mu.muted_id = p.author_id)
 ORDER BY p.id DESC
 LIMIT ${PAGE + 1}`;

export async function run({ baseUrl, databaseUrl }) {
  const viewerCount = Math.min(SETTINGS.connections, 64);
  log(`seeding ${MEMBERS} members, ${POSTS} posts, ${FOLLOWS} follows and ${SUBSCRIPTIONS} thread subscriptions each (SQL)`);
  const { viewerHandles } = await seedNetwork(databaseUrl, {
    count: MEMBERS,
    posts: POSTS,
    follows: FOLLOWS,
    subscriptions: SUBSCRIPTIONS,
    viewers: viewerCount,
  });
  const viewers = await login(baseUrl, viewerHandles);
  const viewer = (c) => viewers[c % viewers.length];
  log(`${viewers.length} viewers logged in; first reads build their timelines from Postgres`);

  // The two ways must agree on the page before they are compared.
  const pool = new pg.Pool({ connectionString: databaseUrl, max: SETTINGS.connections });
  try {
    for (const v of viewers) {
      const { homeFeed } = await graphql(baseUrl, JSON.parse(HOME_FEED).query, {}, { token: v.token });
      const { rows } = await pool.query(FAN_OUT_ON_READ, [v.id]);
      const api = homeFeed.nodes.map((n) => n.id).join();
      const sql = rows
        .slice(0, PAGE)
        .map((r) => r.id)
        .join();
      if (api !== sql || homeFeed.nodes.length !== PAGE) throw new Error(`viewer ${v.handle}: homeFeed ${api} but fan-out on read ${sql}`);
    }
    log(`homeFeed and fan-out on read return the same ${PAGE} posts for every viewer`);

    const rows = await compare(
      baseUrl,
      [
        { name: 'floor { __typename }', next: () => ({ body: FLOOR, check: (d) => d.__typename === 'Query' }) },
        {
          name: `homeFeed(first: ${PAGE}) {...}`,
          next: (c) => ({ body: HOME_FEED, token: viewer(c).token, check: (d) => d.homeFeed?.nodes.length === PAGE }),
        },
        {
          name: `fan-out on read, SQL only (${PAGE} + 1 rows)`,
          next: (c) => ({
            exec: async () => {
              const { rows: found } = await pool.query(FAN_OUT_ON_READ, [viewer(c).id]);
              return found.length === PAGE + 1 ? undefined : `got ${found.length} rows`;
            },
          }),
        },
      ],
      SETTINGS,
      (phase) => log(`measuring: ${phase}`),
    );
    const feedRps = rows[1].result.rps;
    const rate = Math.max(1, Math.round(feedRps / 2));
    log(`measuring: homeFeed paced at ${rate} requests/s (half its closed-loop rate)`);
    const half = await paced(
      baseUrl,
      (c) => ({ body: HOME_FEED, token: viewer(c).token, check: (d) => d.homeFeed?.nodes.length === PAGE }),
      { rate, ms: SETTINGS.durationMs },
    );

    printSettings(`; ${MEMBERS} members, ${POSTS} posts, ${FOLLOWS} follows each`);
    const errors = printTable([...rows, { name: `homeFeed paced at ${rate}/s (open loop)`, result: half }]);
    const floorRps = rows[0].result.rps;
    const sqlRps = rows[2].result.rps;
    const verdict = (ok) => (ok ? 'met' : 'MISSED');
    console.log(`\nhomeFeed / floor rps = ${(feedRps / floorRps).toFixed(2)} (target ≥ 0.40): ${verdict(feedRps / floorRps >= 0.4)}`);
    console.log(`homeFeed p99 at ${rate}/s = ${half.p99.toFixed(1)} ms (target ≤ 20): ${verdict(half.p99 <= 20)}`);
    console.log(`homeFeed / fan-out-on-read rps = ${(feedRps / sqlRps).toFixed(2)} (target ≥ 5): ${verdict(feedRps / sqlRps >= 5)}`);
    return errors === 0 ? 0 : 1;
  } finally {
    await pool.end();
  }
}
