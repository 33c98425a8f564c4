// follow/unfollow throughput vs the `{ __typename }` floor, then a check that
// every member's counters equal the rows in `follow`.
import { compare, SETTINGS } from './lib/load.mjs';
import { log } from './lib/stack.mjs';
import { printSettings, printTable } from './lib/report.mjs';
import { countMismatches, followPairs, handleOf, login, memberIds, seedGraph } from './lib/seed.mjs';

export const description =
  'follow/unfollow alternating over distinct pairs, and 8 contended pairs, vs { __typename }; then counter consistency';

const MEMBERS = 200;
const POPULAR = 20;
const WRITERS = 64; // spread over the connections, each connection owning its writers' pairs
const RACERS = 4; // share 8 pairs (with the first two popular members) across every connection

const FLOOR = JSON.stringify({ query: '{ __typename }' });
const mutation = (op) => `mutation ${op}($userId: ID!) { ${op}(userId: $userId) { id followerCount } }`;
const QUERIES = { follow: mutation('follow'), unfollow: mutation('unfollow') };

const shuffle = (items) => {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
};

/** A request for `op` on the pair; `onDone` runs when the answer is the target member. */
function request(op, writer, targetId, onDone) {
  return {
    body: JSON.stringify({ query: QUERIES[op], variables: { userId: targetId } }),
    token: writer.token,
    check: (d) => d[op]?.id === targetId && (onDone?.(), true),
  };
}

export async function run({ baseUrl, databaseUrl }) {
  log(`seeding ${MEMBERS} members, ${POPULAR} popular ones followed by 150 each`);
  await seedGraph(databaseUrl, { members: MEMBERS, popular: POPULAR, followersEach: 150 });
  const ids = await memberIds(databaseUrl);
  const handles = Array.from({ length: WRITERS + RACERS }, (_, i) => handleOf(POPULAR + 1 + i));
  const sessions = await login(baseUrl, handles);
  const writers = sessions.slice(0, WRITERS);
  const racers = sessions.slice(WRITERS);
  log(`${sessions.length} writers logged in through the API`);

  // Each connection walks its own pairs (writer, member the writer does not follow): follow, then unfollow.
  const seeded = await followPairs(databaseUrl);
  const { connections } = SETTINGS;
  const lanes = Array.from({ length: connections }, () => []);
  writers.forEach((w, i) => {
    for (const id of ids) if (id !== w.id && !seeded.has(`${w.id}:${id}`)) lanes[i % connections].push({ writer: w, targetId: id });
  });
  lanes.forEach(shuffle);
  const cursors = Array.from({ length: connections }, () => 0);
  const followed = new Set(); // pairs the alternating run left followed, by the API's answers
  const alternating = (c) => {
    const step = cursors[c]++;
    const { writer, targetId } = lanes[c][Math.floor(step / 2) % lanes[c].length];
    const key = `${writer.id}:${targetId}`;
    return step % 2 === 0
      ? request('follow', writer, targetId, () => followed.add(key))
      : request('unfollow', writer, targetId, () => followed.delete(key));
  };
  const racePairs = racers.flatMap((r) => [ids[0], ids[1]].map((targetId) => ({ writer: r, targetId })));
  const contended = () => {
    const { writer, targetId } = racePairs[Math.floor(Math.random() * racePairs.length)];
    return request(Math.random() < 0.5 ? 'follow' : 'unfollow', writer, targetId);
  };

  const rows = await compare(
    baseUrl,
    [
      { name: 'floor { __typename }', next: () => ({ body: FLOOR, check: (d) => d.__typename === 'Query' }) },
      { name: 'follow/unfollow, distinct pairs', next: alternating },
      { name: `follow/unfollow, ${racePairs.length} contended pairs`, next: contended },
    ],
    SETTINGS,
    (phase) => log(`measuring: ${phase}`),
  );

  const pairs = lanes.reduce((n, l) => n + l.length, 0);
  const touched = cursors.reduce((n, steps, c) => n + Math.min(Math.ceil(steps / 2), lanes[c].length), 0);
  printSettings(`; ${touched} of ${pairs} free pairs of ${WRITERS} writers touched`);
  const errors = printTable(rows);

  const mismatches = await countMismatches(databaseUrl);
  console.log(`\ncounts consistent: ${mismatches.length === 0 ? 'yes' : 'no'} (${MEMBERS} members checked)`);
  for (const m of mismatches.slice(0, 10)) console.log(`  ${JSON.stringify(m)}`);

  const after = await followPairs(databaseUrl);
  const writerIds = new Set(writers.map((w) => w.id));
  const expected = new Set([...seeded, ...followed].filter((k) => writerIds.has(k.split(':')[0])));
  const actual = [...after].filter((k) => writerIds.has(k.split(':')[0]));
  const rowsMatch = actual.length === expected.size && actual.every((k) => expected.has(k));
  console.log(`follow rows as the answers said: ${rowsMatch ? 'yes' : 'no'} (${actual.length} rows of the ${WRITERS} writers)`);

  return mismatches.length === 0 && rowsMatch && errors === 0 ? 0 : 1;
}
