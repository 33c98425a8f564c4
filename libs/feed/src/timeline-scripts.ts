/**
 * Lua run inside Redis, so each step is atomic and costs one round trip
 * whatever the batch size. A timeline is a sorted set of post ids scored by
 * the id itself (ids grow with time and stay below 2^53, exact as a double).
 * Two markers below every real score: '0' (score 0) says "built, maybe
 * empty"; '-1' (score -1) says "a rebuild from Postgres is under way".
 */

/**
 * One fan-out batch. KEYS[1] the batch's done-marker, KEYS[2] the post's
 * retraction tombstone, KEYS[3..] timelines. ARGV: post id, timeline size,
 * marker TTL, event payload, then per timeline its channel and '1' (active) or
 * '0' (inactive). Only timelines that exist get the post (a missing one is
 * rebuilt from Postgres on read, which includes it); an inactive member's
 * timeline is dropped so their next read rebuilds it. Returns 1 delivered,
 * 0 already delivered, -1 retracted.
 */
export const DELIVER_LUA = `
if redis.call('EXISTS', KEYS[2]) == 1 then return -1 end
if not redis.call('SET', KEYS[1], '1', 'NX', 'EX', ARGV[3]) then return 0 end
local post, keep, payload = ARGV[1], tonumber(ARGV[2]), ARGV[4]
for i = 3, #KEYS do
  local arg = 5 + (i - 3) * 2
  if ARGV[arg + 1] == '1' then
    if redis.call('EXISTS', KEYS[i]) == 1 then
      redis.call('ZADD', KEYS[i], post, post)
      redis.call('ZREMRANGEBYRANK', KEYS[i], 0, -keep - 1)
    end
  else
    redis.call('UNLINK', KEYS[i])
  end
  redis.call('PUBLISH', ARGV[arg], payload)
end
return 1
`;

/** KEYS[1] the tombstone, KEYS[2..] timelines; ARGV: post id, tombstone TTL. */
export const RETRACT_LUA = `
redis.call('SET', KEYS[1], '1', 'EX', ARGV[2])
for i = 2, #KEYS do redis.call('ZREM', KEYS[i], ARGV[1]) end
return #KEYS - 1
`;

/**
 * KEYS[1] a timeline, KEYS[2] the set of authors over the follower threshold;
 * ARGV: max score ('+inf' or '(<id>'), count, TTL. Returns { 1, ids newest
 * first, authors } or, when the timeline must be rebuilt, { 0, {}, authors };
 * a missing timeline is marked '-1' first, so fan-out writes into it while
 * the rebuild runs instead of skipping it.
 */
export const READ_LUA = `
local authors = redis.call('SMEMBERS', KEYS[2])
if redis.call('EXISTS', KEYS[1]) == 0 then
  redis.call('ZADD', KEYS[1], -1, '-1')
  redis.call('EXPIRE', KEYS[1], ARGV[3])
  return { 0, {}, authors }
end
redis.call('EXPIRE', KEYS[1], ARGV[3])
if redis.call('ZSCORE', KEYS[1], '-1') then return { 0, {}, authors } end
return { 1, redis.call('ZREVRANGEBYSCORE', KEYS[1], ARGV[1], '(0', 'LIMIT', 0, ARGV[2]), authors }
`;

/**
 * KEYS[1] a timeline; ARGV: size, TTL, post ids. Merges a rebuild in and marks
 * the timeline built. Does nothing once '-1' is gone: another rebuild finished
 * first, or fan-out dropped the timeline meanwhile (the next read rebuilds).
 */
export const FILL_LUA = `
if not redis.call('ZSCORE', KEYS[1], '-1') then return 0 end
redis.call('ZADD', KEYS[1], 0, '0')
for i = 3, #ARGV, 500 do
  local pairs = {}
  for j = i, math.min(i + 499, #ARGV) do
    pairs[#pairs + 1] = ARGV[j]
    pairs[#pairs + 1] = ARGV[j]
  end
  redis.call('ZADD', KEYS[1], unpack(pairs))
end
redis.call('ZREM', KEYS[1], '-1')
redis.call('ZREMRANGEBYRANK', KEYS[1], 0, -tonumber(ARGV[1]) - 1)
redis.call('EXPIRE', KEYS[1], ARGV[2])
return 1
`;
