// Bulk data through SQL (register is rate-limited per IP and argon2 is slow on
// purpose), sessions through the real login mutation.
import argon2 from 'argon2';
import { graphql } from './load.mjs';
import { withClient } from './stack.mjs';

export const PASSWORD = 'bench-password-1';
export const handleOf = (n) => `bench_${String(n).padStart(4, '0')}`;

/**
 * `members` accounts bench_0001.. (the first `popular` are the popular ones),
 * each popular member followed by `followersEach` others picked at random,
 * every member following `background` random others, counters set from the rows.
 */
export async function seedGraph(databaseUrl, { members = 200, popular = 20, followersEach = 150, background = 5 } = {}) {
  // One hash with the API's production cost, shared by every seeded account.
  const hash = await argon2.hash(PASSWORD, { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
  await withClient(databaseUrl, async (db) => {
    await db.query(
      `INSERT INTO user_account (handle, email, password_hash, display_name, created_at)
       SELECT 'bench_' || lpad(n::text, 4, '0'), 'bench_' || lpad(n::text, 4, '0') || '@bench.test', $1,
              'Bench Member ' || n, now() - interval '60 days'
         FROM generate_series(1, $2::int) AS n`,
      [hash, members],
    );
    await db.query(
      `INSERT INTO follow (follower_id, followee_id, created_at)
       SELECT f.id, p.id, now() - random() * interval '30 days'
         FROM user_account p
        CROSS JOIN LATERAL (SELECT u.id FROM user_account u WHERE u.id <> p.id ORDER BY random() LIMIT $2) f
        WHERE p.handle <= $1`,
      [handleOf(popular), followersEach],
    );
    await db.query(
      `INSERT INTO follow (follower_id, followee_id, created_at)
       SELECT u.id, t.id, now() - random() * interval '30 days'
         FROM user_account u
        CROSS JOIN LATERAL (SELECT v.id FROM user_account v WHERE v.id <> u.id ORDER BY random() LIMIT $1) t
       ON CONFLICT DO NOTHING`,
      [background],
    );
    await db.query(
      `UPDATE user_account u
          SET follower_count = (SELECT count(*) FROM follow f WHERE f.followee_id = u.id),
              following_count = (SELECT count(*) FROM follow f WHERE f.follower_id = u.id)`,
    );
    await db.query('ANALYZE');
  });
}

/** Logs members in through the API (distinct client IPs, two at a time); returns `{ id, handle, token }`. */
export async function login(baseUrl, handles) {
  const sessions = [];
  const query = `mutation Login($input: LoginInput!) { login(input: $input) { accessToken user { id handle } } }`;
  for (let i = 0; i < handles.length; i += 2) {
    const batch = handles.slice(i, i + 2).map(async (handle, j) => {
      const ip = `10.77.${Math.floor((i + j) / 250)}.${((i + j) % 250) + 1}`;
      const { login: payload } = await graphql(baseUrl, query, { input: { email: `${handle}@bench.test`, password: PASSWORD } }, { ip });
      return { id: payload.user.id, handle: payload.user.handle, token: payload.accessToken };
    });
    sessions.push(...(await Promise.all(batch)));
  }
  return sessions;
}

/** Rows of `follow` as a Set of "follower:followee". */
export async function followPairs(databaseUrl) {
  const { rows } = await withClient(databaseUrl, (db) => db.query('SELECT follower_id::text AS a, followee_id::text AS b FROM follow'));
  return new Set(rows.map((r) => `${r.a}:${r.b}`));
}

/** Members whose follower_count / following_count differ from the rows in `follow`. */
export async function countMismatches(databaseUrl) {
  const { rows } = await withClient(databaseUrl, (db) =>
    db.query(
      `SELECT u.handle, u.follower_count, u.following_count,
              (SELECT count(*) FROM follow f WHERE f.followee_id = u.id)::int AS followers,
              (SELECT count(*) FROM follow f WHERE f.follower_id = u.id)::int AS following
         FROM user_account u`,
    ),
  );
  return rows.filter((r) => r.follower_count !== r.followers || r.following_count !== r.following);
}

/** All member ids, in handle order. */
export async function memberIds(databaseUrl) {
  const { rows } = await withClient(databaseUrl, (db) => db.query('SELECT id::text AS id FROM user_account ORDER BY handle'));
  return rows.map((r) => r.id);
}
