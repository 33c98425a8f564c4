import { createTestApp, expectStatementCount, firstError, TestApp, TestMember } from '@kindling/testing';
import { CLOSE_JOB, expectOk, JOBS, outcome, postJob, uniqueWord } from './job-fixtures';

describe('jobs(filter)', () => {
  let t: TestApp;
  let poster: TestMember;
  /** Every job of this spec carries this word, so the other specs' jobs never show up. */
  const scope = uniqueWord('list');
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    poster = await t.factories.member();
    const post = async (key: string, overrides: Parameters<typeof postJob>[2]) => {
      ids[key] = (await postJob(t, poster, { ...overrides, description: `${overrides?.description ?? 'Join us.'} ${scope}` })).id;
    };
    await post('rustRemote', {
      title: 'Rust compiler engineer',
      company: 'Ferrous',
      skills: ['rust', 'llvm'],
      remote: true,
      employmentType: 'FULL_TIME',
    });
    await post('goOnsite', {
      title: 'Go backend developer',
      company: 'Gopherworks',
      skills: ['go', 'postgres'],
      remote: false,
      employmentType: 'CONTRACT',
    });
    await post('pythonIntern', {
      title: 'Data intern',
      company: 'Snakeoil Analytics',
      skills: ['python', 'sql'],
      remote: true,
      employmentType: 'INTERNSHIP',
    });
    await post('rustPartTime', {
      title: 'Embedded developer',
      company: 'Bare Metal',
      description: 'Firmware in Rust for tiny boards.',
      skills: ['rust', 'embedded'],
      remote: false,
      employmentType: 'PART_TIME',
    });
    await post('closed', { title: 'Rust engineer (filled)', company: 'Ferrous', skills: ['rust'], remote: true });
    expectOk(await t.gql(CLOSE_JOB, { id: ids.closed }, { token: poster.token }));
  });
  afterAll(() => t.close());

  const list = async (filter: Record<string, unknown>, extra: Record<string, unknown> = {}) => {
    const res = await t.gql(JOBS, { filter: { query: scope, ...filter }, ...extra });
    return expectOk(res).jobs as { nodes: Array<{ id: string; status: string }>; edges: Array<{ cursor: string }>; pageInfo: any };
  };
  const idsOf = async (filter: Record<string, unknown>) => (await list(filter)).nodes.map((n) => n.id);

  it('lists open jobs newest first, never closed ones', async () => {
    expect(await idsOf({})).toEqual([ids.rustPartTime, ids.pythonIntern, ids.goOnsite, ids.rustRemote]);
  });

  it.each([
    ['a title word', 'compiler', ['rustRemote']],
    ['a company word', 'gopherworks', ['goOnsite']],
    ['a description word', 'firmware', ['rustPartTime']],
    ['a word prefix, any case', 'SNAKE', ['pythonIntern']],
    ['two words, both required', 'rust firmware', ['rustPartTime']],
    ['a word in no job', 'cobol', []],
  ])('full-text query on %s', async (_, query, expected) => {
    expect(await idsOf({ query: `${scope} ${query}` })).toEqual(expected.map((k) => ids[k]));
  });

  it('finds nothing for a query without words', async () => {
    const res = await t.gql(JOBS, { filter: { query: '!!! ???' } });
    expect(expectOk(res).jobs.nodes).toEqual([]);
  });

  it.each([
    ['skills overlapping one', { skills: ['rust'] }, ['rustPartTime', 'rustRemote']],
    ['skills overlapping any of several', { skills: ['go', 'python'] }, ['pythonIntern', 'goOnsite']],
    ['skills, normalised', { skills: [' RUST '] }, ['rustPartTime', 'rustRemote']],
    ['remote', { remote: true }, ['pythonIntern', 'rustRemote']],
    ['on site', { remote: false }, ['rustPartTime', 'goOnsite']],
    ['an employment type', { employmentType: 'CONTRACT' }, ['goOnsite']],
    ['everything at once', { skills: ['rust'], remote: false, employmentType: 'PART_TIME' }, ['rustPartTime']],
    ['status CLOSED', { status: 'CLOSED' }, ['closed']],
    ['status EXPIRED', { status: 'EXPIRED' }, []],
  ])('filters by %s', async (_, filter, expected) => {
    expect(await idsOf(filter)).toEqual(expected.map((k) => ids[k]));
  });

  it('reports the status it lists', async () => {
    expect((await list({ status: 'CLOSED' })).nodes).toEqual([{ id: ids.closed, title: 'Rust engineer (filled)', status: 'CLOSED' }]);
  });

  it('pages with keyset cursors: no duplicates, no gaps', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page++) {
      const connection = await list({}, { first: 1, after });
      seen.push(...connection.nodes.map((n) => n.id));
      expect(connection.pageInfo.endCursor).toBe(connection.edges.at(-1)?.cursor ?? null);
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(seen).toEqual([ids.rustPartTime, ids.pythonIntern, ids.goOnsite, ids.rustRemote]);
  });

  it('keeps a page stable when newer jobs arrive', async () => {
    const first = await list({}, { first: 2 });
    await postJob(t, poster, { description: `Newer. ${scope}` });
    const second = await list({}, { first: 2, after: first.pageInfo.endCursor });
    expect(second.nodes.map((n) => n.id)).toEqual([ids.goOnsite, ids.rustRemote]);
  });

  it.each([
    ['first 0', { first: 0 }, 'first'],
    ['first 101', { first: 101 }, 'first'],
    ['a forged cursor', { after: 'not-a-cursor' }, 'after'],
  ])('refuses %s as BAD_USER_INPUT', async (_, extra, field) => {
    const res = await t.gql(JOBS, { filter: {}, ...extra });
    expect(firstError(res)).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it.each([
    ['a query over 200 characters', { query: 'x'.repeat(201) }, 'filter.query'],
    ['21 skills', { skills: Array.from({ length: 21 }, (_, i) => `s${i}`) }, 'filter.skills'],
    ['a malformed community id', { communityId: 'abc' }, 'filter.communityId'],
  ])('refuses %s as BAD_USER_INPUT naming the filter field', async (_, filter, field) => {
    const res = await t.gql(JOBS, { filter });
    expect(firstError(res)).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('loads posters and communities in batches: a fixed number of statements for a page of 20', async () => {
    const word = uniqueWord('batch');
    const posters = await t.factories.members(5);
    for (const [i, member] of posters.entries()) {
      const created = await t.gql(
        `mutation($input: CreateCommunityInput!) { createCommunity(input: $input) { id } }`,
        { input: { slug: `batch-${word.slice(5)}-${i}`, name: `Batch ${i}`, visibility: 'PUBLIC' } },
        { token: member.token },
      );
      const communityId = expectOk(created).createCommunity.id;
      for (let n = 0; n < 4; n++) await postJob(t, member, { title: word, communityId: n % 2 === 0 ? communityId : null });
    }
    const query = `query($filter: JobFilter) { jobs(filter: $filter, first: 20) { nodes { id postedBy { handle } community { slug } } } }`;
    const { result } = await expectStatementCount(t.queries, () => t.gql(query, { filter: { query: word } }), { max: 3 });
    expect(expectOk(result).jobs.nodes).toHaveLength(20);
  });

  it('works without a filter and without a viewer', async () => {
    const res = await t.gql(`{ jobs(first: 100) { nodes { status } } }`);
    expect(outcome(res)).toBe('OK');
    expect(new Set(res.data!.jobs.nodes.map((n: { status: string }) => n.status))).toEqual(new Set(['OPEN']));
  });
});
