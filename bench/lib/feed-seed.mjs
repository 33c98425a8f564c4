// Bulk data for the feed benchmarks, through SQL (generate_series): building
// 100k posts or 10k followers through the API would take longer than the run.
import argon2 from 'argon2';
import { PASSWORD } from './seed.mjs';
import { withClient } from './stack.mjs';

/** Runs a bulk insert with the table's secondary indexes dropped, then builds them again exactly as they were (much faster than 2M index inserts each). */
async function withoutSecondaryIndexes(db, table, insert) {
  const { rows } = await db.query(
    `SELECT i.indexname, i.indexdef FROM pg_indexes i
      WHERE i.schemaname = 'public' AND i.tablename = $1
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`,
    [table],
  );
  for (const { indexname } of rows) await db.query(`DROP INDEX "${indexname}"`);
  await insert();
  for (const { indexdef } of rows) await db.query(indexdef);
}

/** One shared hash with the API's production cost, so seeded members can log in. */
const passwordHash = () => argon2.hash(PASSWORD, { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 });

/** `count` members `<prefix>_00001..`, seen just now (active), with a thread each; returns their ids in handle order. */
async function members(db, prefix, count) {
  const hash = await passwordHash();
  await db.query(
    `INSERT INTO user_account (handle, email, password_hash, display_name, created_at)
     SELECT $1 || '_' || lpad(n::text, 5, '0'), $1 || '_' || lpad(n::text, 5, '0') || '@bench.test', $2, 'Bench ' || n, now() - interval '60 days'
       FROM generate_series(1, $3::int) AS n`,
    [prefix, hash, count],
  );
  await db.query(`INSERT INTO growth_thread (author_id, title) SELECT id, 'Growth thread of ' || handle FROM user_account ORDER BY id`);
  const { rows } = await db.query(`SELECT id::text AS id FROM user_account ORDER BY handle`);
  return rows.map((r) => r.id);
}

/** fan_00001 followed by every other member; returns `{ authorHandle, threadId, followerIds }`. */
export async function seedFollowers(databaseUrl, followers) {
  return withClient(databaseUrl, async (db) => {
    const [authorId, ...followerIds] = await members(db, 'fan', followers + 1);
    await db.query(`INSERT INTO follow (follower_id, followee_id) SELECT id, $1 FROM user_account WHERE id <> $1`, [authorId]);
    await db.query(`UPDATE user_account SET follower_count = $2, following_count = 0 WHERE id = $1`, [authorId, followers]);
    await db.query(`UPDATE user_account SET following_count = 1 WHERE id <> $1`, [authorId]);
    const { rows } = await db.query(`SELECT id::text AS id FROM growth_thread WHERE author_id = $1`, [authorId]);
    await db.query('VACUUM ANALYZE'); // as autovacuum leaves a table in steady state: visibility map set, statistics fresh
    return { authorHandle: 'fan_00001', threadId: rows[0].id, followerIds };
  });
}

/**
 * `count` members feed_00001.., `posts` posts spread over their threads (ids
 * grow with created_at), each member following `follows` others and
 * subscribed to `subscriptions` threads; counters set from the rows. The
 * first `viewers` members react to some posts and mute one followee in fifty.
 */
export async function seedNetwork(databaseUrl, { count, posts, follows, subscriptions, viewers }) {
  return withClient(databaseUrl, async (db) => {
    // Throwaway database, rows consistent by construction: skip the per-row foreign-key triggers (2M follows).
    await db.query(`SET session_replication_role = replica`);
    const ids = await members(db, 'feed', count);
    const base = Number(ids[0]);
    // Pseudo-random but repeatable: member i's k-th followee is (i * 7919 + k * 104729) mod count.
    await withoutSecondaryIndexes(db, 'follow', () =>
      db.query(
        `INSERT INTO follow (follower_id, followee_id, created_at)
         SELECT u.id, $1::bigint + ((u.id - $1) * 7919 + k * 104729) % $2, now() - k * interval '1 hour'
           FROM user_account u CROSS JOIN generate_series(1, $3::int) AS k
          WHERE $1::bigint + ((u.id - $1) * 7919 + k * 104729) % $2 <> u.id
          ORDER BY 1, 2
         ON CONFLICT DO NOTHING`,
        [base, count, follows],
      ),
    );
    await db.query(
      `INSERT INTO thread_subscription (thread_id, user_id)
       SELECT t.id, u.id FROM user_account u CROSS JOIN generate_series(1, $3::int) AS k
         JOIN growth_thread t ON t.author_id = $1::bigint + ((u.id - $1) * 104723 + k * 7907) % $2
        WHERE t.author_id <> u.id
       ON CONFLICT DO NOTHING`,
      [base, count, subscriptions],
    );
    await db.query(
      `INSERT INTO post (thread_id, author_id, kind, body, tags, comment_count, cheer_count, insightful_count, support_count, celebrate_count, created_at)
       SELECT t.id, t.author_id, 'UPDATE', 'Progress note ' || n || ': ' || repeat('steady work ', 8), '{}',
              n % 7, n % 5, n % 3, (n / 7) % 2, 0, now() - ($3::int - n) * interval '10 seconds'
         FROM generate_series(1, $3::int) AS n
         JOIN growth_thread t ON t.author_id = $1::bigint + (n * 7919) % $2
        ORDER BY n`,
      [base, count, posts],
    );
    const viewerIds = ids.slice(0, viewers);
    await db.query(
      `INSERT INTO reaction (post_id, user_id, type)
       SELECT p.id, v.id, 'CHEER' FROM unnest($1::bigint[]) AS v(id)
         JOIN follow f ON f.follower_id = v.id JOIN post p ON p.author_id = f.followee_id
        WHERE p.id % 3 = 0`,
      [viewerIds],
    );
    await db.query(
      `INSERT INTO user_mute (muter_id, muted_id) SELECT f.follower_id, f.followee_id FROM follow f
        WHERE f.follower_id = ANY($1::bigint[]) AND f.followee_id % 50 = 0`,
      [viewerIds],
    );
    await db.query(
      `UPDATE user_account u SET follower_count = c.n FROM (SELECT followee_id AS id, count(*) AS n FROM follow GROUP BY 1) c WHERE c.id = u.id`,
    );
    await db.query(
      `UPDATE user_account u SET following_count = c.n FROM (SELECT follower_id AS id, count(*) AS n FROM follow GROUP BY 1) c WHERE c.id = u.id`,
    );
    await db.query(`UPDATE growth_thread t SET post_count = (SELECT count(*) FROM post p WHERE p.thread_id = t.id),
                                              subscriber_count = (SELECT count(*) FROM thread_subscription s WHERE s.thread_id = t.id)`);
    await db.query(`SET session_replication_role = DEFAULT`);
    await db.query('VACUUM ANALYZE'); // as autovacuum leaves a table in steady state: visibility map set, statistics fresh
    return { viewerHandles: Array.from({ length: viewers }, (_, i) => `feed_${String(i + 1).padStart(5, '0')}`) };
  });
}
