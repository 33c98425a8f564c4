// Reads of the social graph vs the `{ __typename }` floor on the same server.
import { compare, SETTINGS } from './lib/load.mjs';
import { log } from './lib/stack.mjs';
import { printSettings, printTable } from './lib/report.mjs';
import { handleOf, login, seedGraph } from './lib/seed.mjs';

export const description = "me, and a popular member's followers page (20 nodes with viewerIsFollowing), vs { __typename }";

const MEMBERS = 200;
const POPULAR = 20;
const FOLLOWERS_EACH = 150;

const FLOOR = JSON.stringify({ query: '{ __typename }' });
const ME = JSON.stringify({ query: 'query Me { me { handle followerCount } }' });
const FOLLOWERS = `query Followers($handle: String!) {
  user(handle: $handle) { followers(first: 20) { nodes { handle viewerIsFollowing followerCount } } }
}`;
// One body per popular member; requests rotate over them.
const followerBodies = Array.from({ length: POPULAR }, (_, i) =>
  JSON.stringify({ query: FOLLOWERS, variables: { handle: handleOf(i + 1) } }),
);

export async function run({ baseUrl, databaseUrl }) {
  log(`seeding ${MEMBERS} members, ${POPULAR} popular ones followed by ${FOLLOWERS_EACH} each`);
  await seedGraph(databaseUrl, { members: MEMBERS, popular: POPULAR, followersEach: FOLLOWERS_EACH });
  // One viewer per connection (up to 64), none of them popular.
  const count = Math.min(SETTINGS.connections, 64);
  const viewers = await login(
    baseUrl,
    Array.from({ length: count }, (_, i) => handleOf(POPULAR + 1 + i)),
  );
  const viewer = (c) => viewers[c % count];
  log(`${viewers.length} viewers logged in through the API`);

  const rows = await compare(
    baseUrl,
    [
      { name: 'floor { __typename }', next: () => ({ body: FLOOR, check: (d) => d.__typename === 'Query' }) },
      {
        name: 'me { handle followerCount }',
        next: (c) => ({ body: ME, token: viewer(c).token, check: (d) => d.me?.handle === viewer(c).handle }),
      },
      {
        name: 'user(popular) followers(first: 20) {...}',
        next: (c, seq) => ({
          body: followerBodies[(c + seq) % POPULAR],
          token: viewer(c).token,
          check: (d) => d.user?.followers.nodes.length === 20,
        }),
      },
    ],
    SETTINGS,
    (phase) => log(`measuring: ${phase}`),
  );

  printSettings(`; ${MEMBERS} members, ${POPULAR} popular x ${FOLLOWERS_EACH} followers`);
  const errors = printTable(rows);
  return errors === 0 ? 0 : 1;
}
