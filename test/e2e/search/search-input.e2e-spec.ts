import { createTestApp, expectStatementCount, firstError, TestApp } from '@kindling/testing';
import { uniqueWord } from '../communities/community-fixtures';
import { ContentBuilder, found, search, SEARCH } from './search-fixtures';

const EMPTY = { users: [], communities: [], threads: [], posts: [], roadmaps: [], jobs: [] };

/** Any text is just text (no errors, no injection); limit 1..50 and query ≤ 200 characters, else BAD_USER_INPUT naming the argument. */
describe('search: input', () => {
  let t: TestApp;
  let build: ContentBuilder;

  beforeAll(async () => {
    t = await createTestApp();
    build = new ContentBuilder(t);
  });
  afterAll(() => t.close());

  it.each([
    '!!! ??? ... ;;; ***',
    '',
    '   ',
    "'; DROP TABLE user_account; --",
    '" OR 1=1 --',
    "x'); SELECT pg_sleep(5); --",
    'a:* & !b | (c <-> d',
    "zqxwv' | '!a", // operators between words that exist nowhere: other files share the database
    '\\ \u0007',
    '🚀🔥',
  ])('treats %j as text: no error, nothing found', async (q) => {
    expect(await search(t, q)).toEqual(EMPTY);
  });

  it('refuses a NUL character as BAD_USER_INPUT on query, as in every string argument', async () => {
    expect(firstError(await t.gql(SEARCH, { q: '\\ \u0000 \u0007' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'query' });
  });

  it('leaves the tables alone', async () => {
    const [before] = await t.db.query(`SELECT count(*)::int AS n FROM user_account`);
    await search(t, "'; DROP TABLE user_account; --");
    const [after] = await t.db.query(`SELECT count(*)::int AS n FROM user_account`);
    expect(after.n).toBeGreaterThanOrEqual(before.n);
  });

  it('finds words among punctuation', async () => {
    const w = uniqueWord('q');
    const author = await t.factories.member();
    const thread = await build.thread(author, 'Punctuation');
    await build.post(author, thread.id, `Shipping ${w}!`);
    expect((await search(t, `"${w}"; --`)).posts).toEqual([`Shipping ${w}!`]);
  });

  it.each([
    [0, 'limit'],
    [-1, 'limit'],
    [51, 'limit'],
  ])('refuses limit %p as BAD_USER_INPUT on %s', async (limit, field) => {
    const res = await t.gql(SEARCH, { q: 'anything', limit });
    expect(firstError(res)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(res.data ?? null).toBeNull(); // refused before it runs: no data at all
  });

  it('refuses a query over 200 characters and accepts one of 200', async () => {
    const res = await t.gql(SEARCH, { q: 'a'.repeat(201) });
    expect(firstError(res)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'query' });
    expect(found(await t.gql(SEARCH, { q: 'a'.repeat(200) }))).toEqual(EMPTY);
  });

  it('returns 10 of each by default and at most 50', async () => {
    const w = uniqueWord('l');
    const author = await t.factories.member();
    const thread = await build.thread(author, 'Many');
    for (let i = 0; i < 12; i++) await build.post(author, thread.id, `${w} number ${i}`);
    expect((await search(t, w)).posts).toHaveLength(10);
    expect((await search(t, w, null, 50)).posts).toHaveLength(12);
    expect((await search(t, w, null, 1)).posts).toEqual([`${w} number 11`]);
  });

  it('loads the fields of every result in a fixed number of statements', async () => {
    const w = uniqueWord('n');
    const authors = await t.factories.members(3);
    for (const author of authors) {
      const thread = await build.thread(author, `${w} by someone`);
      await build.post(author, thread.id, `${w} from someone`);
    }
    const query = `query($q: String!) { search(query: $q) {
      users { handle } communities { slug }
      threads { title author { handle } }
      posts { body author { handle } thread { title author { handle } } }
    } }`;
    const { result } = await expectStatementCount(t.queries, () => t.gql(query, { q: w }), { max: 6 });
    expect(result.errors).toBeUndefined();
    expect(result.data!.search.posts).toHaveLength(3);
  });
});
