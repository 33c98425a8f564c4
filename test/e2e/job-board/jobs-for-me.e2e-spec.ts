import { CommunityVisibility } from '@kindling/communities';
import { createTestApp, expectOk, TestApp, TestMember, uniqueWord } from '@kindling/testing';
import { CLOSE_JOB, createCommunity, createCommunityCast, postJob, setSkills } from './job-fixtures';

const JOBS_FOR_ME = `query($first: Int, $after: String) { jobsForMe(first: $first, after: $after) {
  nodes { title } pageInfo { hasNextPage endCursor }
} }`;

/** `jobsForMe`: open jobs the member may see that match their skills, best matches first. */
describe('Query.jobsForMe', () => {
  let t: TestApp;
  let me: TestMember, poster: TestMember;
  const [a, b, c] = [uniqueWord('sa'), uniqueWord('sb'), uniqueWord('sc')];

  beforeAll(async () => {
    t = await createTestApp();
    [me, poster] = await t.factories.members(2);
    await setSkills(t, me, [a, b, c]);
  });
  afterAll(() => t.close());

  const titles = async (vars: Record<string, unknown> = {}) => expectOk(await t.gql(JOBS_FOR_ME, vars, { token: me.token })).jobsForMe;

  it('lists matching open jobs by shared skills, then newest; leaves out closed, expired, invisible, own and non-matching ones', async () => {
    await postJob(t, poster, { title: 'two of three', skills: [a, b, 'elixir'] });
    await postJob(t, poster, { title: 'all three', skills: [c, b, a] });
    await postJob(t, poster, { title: 'the one it lists', skills: [c] });
    await postJob(t, poster, { title: 'one of two', skills: [a, 'elixir'] });
    await postJob(t, poster, { title: 'nothing shared', skills: ['elixir'] });
    await postJob(t, me, { title: 'my own', skills: [a, b] });
    const closed = await postJob(t, poster, { title: 'closed', skills: [a, b] });
    expectOk(await t.gql(CLOSE_JOB, { id: closed.id }, { token: poster.token }));
    const expired = await postJob(t, poster, { title: 'expired', skills: [a, b] });
    await t.db.query(`UPDATE job_posting SET expires_at = now() - interval '1 minute' WHERE id = $1`, [expired.id]);
    const cast = await createCommunityCast(t);
    const hidden = await createCommunity(t, cast, CommunityVisibility.PRIVATE);
    await postJob(t, cast.owner, { title: 'members only', skills: [a, b, c], communityId: hidden.id });

    const all = await titles();
    expect(all.nodes.map((n: { title: string }) => n.title)).toEqual(['all three', 'two of three', 'the one it lists']);

    const page1 = await titles({ first: 2 });
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = await titles({ first: 2, after: page1.pageInfo.endCursor });
    expect([...page1.nodes, ...page2.nodes].map((n: { title: string }) => n.title)).toEqual(
      all.nodes.map((n: { title: string }) => n.title),
    );
    expect(page2.pageInfo.hasNextPage).toBe(false);
  });

  it('is for signed-in members only, and empty for a member without skills', async () => {
    expect((await t.gql(JOBS_FOR_ME, {})).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const [fresh] = await t.factories.members(1);
    expect(expectOk(await t.gql(JOBS_FOR_ME, {}, { token: fresh.token })).jobsForMe.nodes).toEqual([]);
  });
});
