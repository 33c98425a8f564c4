// The population for `bench mixed`, bulk-loaded with SQL (generate_series):
// members, communities, threads, a long-tailed follow graph, subscriptions,
// posts and mentorship rooms between pairs of viewers. Prints a progress bar.
import argon2 from 'argon2';
import { performance } from 'node:perf_hooks';
import { PASSWORD } from './seed.mjs';
import { withClient } from './stack.mjs';

export const POPULATION = {
  members: Number(process.env.BENCH_MIXED_MEMBERS ?? 10_000),
  communities: Number(process.env.BENCH_MIXED_COMMUNITIES ?? 200),
  posts: Number(process.env.BENCH_MIXED_POSTS ?? 100_000),
  /** Follows per member; followees drawn as floor(members * random()^SKEW), so low ids get thousands of followers. */
  follows: 20,
  skew: 2.5,
  subscriptions: 3,
  communitiesPerMember: 3,
};

function bar(done, total, label, startedAt) {
  const width = 30;
  const filled = Math.round((done / total) * width);
  const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);
  const line = `  [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${label.padEnd(42)} ${seconds} s`;
  if (process.stdout.isTTY) process.stdout.write(`\r${line}${done === total ? '\n' : ''}`);
  else console.log(line);
}

/**
 * Seeds everything; the first `viewers` members (m_00001.., which include the
 * most-followed ones) are the load's viewers, paired into mentorship rooms
 * (viewer i mentors viewer i + viewers/2). Returns ids the load needs.
 */
export async function seedPopulation(databaseUrl, viewers) {
  const P = POPULATION;
  const hash = await argon2.hash(PASSWORD, { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
  const half = Math.floor(viewers / 2);
  const steps = [
    [
      `${P.members} members`,
      `INSERT INTO user_account (handle, email, password_hash, display_name, created_at, last_seen_at)
       SELECT 'm_' || lpad(n::text, 5, '0'), 'm_' || lpad(n::text, 5, '0') || '@bench.test', $1, 'Member ' || n,
              now() - interval '90 days', now()
         FROM generate_series(1, $2::int) AS n`,
      [hash, P.members],
    ],
    [
      `${P.communities} communities`,
      `INSERT INTO community (slug, name, description, visibility, created_by_id)
       SELECT 'c-' || lpad(n::text, 4, '0'), 'Community ' || n, 'Bench community', 'PUBLIC', n FROM generate_series(1, $1::int) AS n`,
      [P.communities],
    ],
    [
      `${P.communitiesPerMember} memberships each`,
      `INSERT INTO membership (community_id, user_id, role, status)
       SELECT 1 + ((u.id * (2 * k + 5)) % $1), u.id, 'MEMBER', 'ACTIVE'
         FROM user_account u CROSS JOIN generate_series(0, $2::int - 1) AS k
       ON CONFLICT DO NOTHING`,
      [P.communities, P.communitiesPerMember],
    ],
    [
      'a growth thread each (half in a community)',
      `INSERT INTO growth_thread (author_id, community_id, title, goal)
       SELECT u.id, CASE WHEN u.id % 2 = 0 THEN 1 + ((u.id * 5) % $1) END, 'Growth thread of ' || u.handle, 'Ship something weekly'
         FROM user_account u ORDER BY u.id`,
      [P.communities],
    ],
    [
      `${P.follows} follows each, long tail (skew ${P.skew})`,
      `INSERT INTO follow (follower_id, followee_id, created_at)
       SELECT u.id, 1 + floor($1::int * power(random(), $3::float8))::bigint, now() - interval '30 days'
         FROM user_account u CROSS JOIN generate_series(1, $2::int) AS k
       ON CONFLICT DO NOTHING`,
      [P.members, P.follows, P.skew],
    ],
    ['', `DELETE FROM follow WHERE follower_id = followee_id`, []],
    [
      `${P.subscriptions} thread subscriptions each`,
      `INSERT INTO thread_subscription (thread_id, user_id)
       SELECT 1 + floor(random() * $1::int)::bigint, u.id FROM user_account u CROSS JOIN generate_series(1, $2::int) AS k
       ON CONFLICT DO NOTHING`,
      [P.members, P.subscriptions],
    ],
    [`${P.posts} posts`, null, []],
    [
      `${half} mentorship rooms between viewers`,
      `WITH pairs AS (SELECT n AS mentor_id, n + $1::int AS mentee_id FROM generate_series(1, $1::int) AS n),
            profiles AS (INSERT INTO mentor_profile (user_id, expertise, years_of_experience, accepting_mentees, capacity, active_mentee_count)
                         SELECT mentor_id, '{typescript}', 5, true, 5, 1 FROM pairs),
            requests AS (INSERT INTO mentorship_request (mentee_id, mentor_id, message, status, responded_at)
                         SELECT mentee_id, mentor_id, 'Please mentor me', 'ACCEPTED', now() FROM pairs RETURNING id, mentor_id, mentee_id)
       INSERT INTO mentorship_room (mentor_id, mentee_id, request_id, status, agreement_goals)
       SELECT mentor_id, mentee_id, id, 'ACTIVE', 'Weekly check-ins' FROM requests`,
      [half],
    ],
    ['', `UPDATE mentorship_request r SET room_id = m.id FROM mentorship_room m WHERE m.request_id = r.id`, []],
    [
      'counters from the rows',
      `UPDATE user_account u SET follower_count = (SELECT count(*) FROM follow f WHERE f.followee_id = u.id),
                                 following_count = (SELECT count(*) FROM follow f WHERE f.follower_id = u.id)`,
      [],
    ],
    ['', `UPDATE community c SET member_count = (SELECT count(*) FROM membership m WHERE m.community_id = c.id)`, []],
    [
      '',
      `UPDATE growth_thread t SET post_count = (SELECT count(*) FROM post p WHERE p.thread_id = t.id),
                                  subscriber_count = (SELECT count(*) FROM thread_subscription s WHERE s.thread_id = t.id)`,
      [],
    ],
    ['ANALYZE', 'ANALYZE', []],
  ];
  const POST_CHUNKS = 10;
  const total = steps.length - 1 + POST_CHUNKS;
  const startedAt = performance.now();
  let done = 0;
  return withClient(databaseUrl, async (db) => {
    for (const [label, sql, params] of steps) {
      if (sql === null) {
        // Posts in chunks (for the bar): post n in the thread of member 1 + (n * 7919) % members, ids growing with created_at.
        const size = Math.ceil(P.posts / POST_CHUNKS);
        for (let c = 0; c < POST_CHUNKS; c++) {
          await db.query(
            `INSERT INTO post (thread_id, author_id, community_id, kind, body, created_at, comment_count, cheer_count)
             SELECT t.id, t.author_id, t.community_id, 'UPDATE', 'Progress note ' || n || ': ' || repeat('steady work ', 8),
                    now() - ($3::int - n) * interval '20 seconds', 0, 0
               FROM generate_series($1::int, $2::int) AS n JOIN growth_thread t ON t.author_id = 1 + (n * 7919) % $4
              ORDER BY n`,
            [c * size + 1, Math.min(P.posts, (c + 1) * size), P.posts, P.members],
          );
          bar(++done, total, `${String(label)} (chunk ${c + 1}/${POST_CHUNKS})`, startedAt);
        }
        continue;
      }
      await db.query(sql, params);
      bar(++done, total, label || 'fix-ups', startedAt);
    }
    const ids = async (sql, params = []) => (await db.query(sql, params)).rows.map((r) => r.id);
    const { rows: tail } = await db.query(`SELECT handle, follower_count FROM user_account ORDER BY follower_count DESC LIMIT 5`);
    const { rows: stats } = await db.query(
      `SELECT (SELECT count(*) FROM user_account)::int AS members, (SELECT count(*) FROM follow)::int AS follows,
              (SELECT count(*) FROM post)::int AS posts, (SELECT count(*) FROM community)::int AS communities,
              (SELECT count(*) FROM mentorship_room)::int AS rooms,
              (SELECT count(*) FROM user_account WHERE follower_count >= 1000)::int AS members_with_1000_followers,
              (SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY follower_count) FROM user_account)::int AS median_followers`,
    );
    return {
      stats: { ...stats[0], top: tail },
      viewerIds: await ids(`SELECT id::text AS id FROM user_account WHERE id <= $1 ORDER BY id`, [viewers]),
      threadIds: await ids(`SELECT id::text AS id FROM growth_thread ORDER BY id`),
      // Posts by viewers (recent first): comments and reactions on them notify a live subscriber.
      viewerPostIds: await ids(`SELECT id::text AS id FROM post WHERE author_id <= $1 ORDER BY id DESC LIMIT 20000`, [viewers]),
      rooms: (await db.query(`SELECT id::text AS id, mentor_id::text AS a, mentee_id::text AS b FROM mentorship_room ORDER BY id`)).rows,
      threadOf: new Map((await db.query(`SELECT author_id::text AS a, id::text AS t FROM growth_thread`)).rows.map((r) => [r.a, r.t])),
    };
  });
}
