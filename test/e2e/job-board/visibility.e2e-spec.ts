import { CommunityVisibility, MembershipsService } from '@kindling/communities';
import { createTestApp, TestApp } from '@kindling/testing';
import {
  CLOSE_JOB,
  COMMUNITY_JOBS,
  CommunityCast,
  CommunityFixture,
  createCommunity,
  createCommunityCast,
  expectOk,
  JOB,
  JOBS,
  outcome,
  postJob,
  uniqueWord,
  UPDATE_JOB,
} from './job-fixtures';

type Viewer = 'anonymous' | keyof CommunityCast;
const VIEWERS: Viewer[] = ['anonymous', 'outsider', 'pending', 'banned', 'member', 'moderator', 'owner'];
const SEES_PRIVATE = new Set<Viewer>(['member', 'moderator', 'owner']);

describe('job visibility', () => {
  let t: TestApp;
  let cast: CommunityCast;
  let privateCommunity: CommunityFixture;
  let publicCommunity: CommunityFixture;
  const word = uniqueWord('vis');
  let privateJobId: string;
  let publicJobId: string;
  let boardJobId: string;

  beforeAll(async () => {
    t = await createTestApp();
    cast = await createCommunityCast(t);
    [privateCommunity, publicCommunity] = await Promise.all([
      createCommunity(t, cast, CommunityVisibility.PRIVATE),
      createCommunity(t, cast, CommunityVisibility.PUBLIC),
    ]);
    privateJobId = (await postJob(t, cast.member, { title: `${word} private`, communityId: privateCommunity.id })).id;
    publicJobId = (await postJob(t, cast.member, { title: `${word} public`, communityId: publicCommunity.id })).id;
    boardJobId = (await postJob(t, cast.member, { title: `${word} board` })).id;
  });
  afterAll(() => t.close());

  const tokenOf = (viewer: Viewer) => (viewer === 'anonymous' ? undefined : cast[viewer].token);

  describe.each(VIEWERS)('for %s', (viewer) => {
    const sees = SEES_PRIVATE.has(viewer);

    it(`job(id) of a private community's job is ${sees ? 'the job' : 'null'}; public and community-less jobs are visible`, async () => {
      const read = async (id: string) => expectOk(await t.gql(JOB, { id }, { token: tokenOf(viewer) })).job?.id ?? null;
      expect(await read(privateJobId)).toBe(sees ? privateJobId : null);
      expect(await read(publicJobId)).toBe(publicJobId);
      expect(await read(boardJobId)).toBe(boardJobId);
    });

    it(`jobs(filter) ${sees ? 'lists' : 'leaves out'} the private job`, async () => {
      const list = async (filter: object) =>
        expectOk(await t.gql(JOBS, { filter }, { token: tokenOf(viewer) })).jobs.nodes.map((n: { id: string }) => n.id);
      expect(await list({ query: word })).toEqual(sees ? [boardJobId, publicJobId, privateJobId] : [boardJobId, publicJobId]);
      expect(await list({ communityId: privateCommunity.id })).toEqual(sees ? [privateJobId] : []);
      expect(await list({ communityId: publicCommunity.id })).toEqual([publicJobId]);
    });

    it(`Community.jobs of the private community is ${sees ? 'its job' : 'empty'}`, async () => {
      const list = async (slug: string) =>
        expectOk(await t.gql(COMMUNITY_JOBS, { slug }, { token: tokenOf(viewer) })).community.jobs.nodes.map((n: { id: string }) => n.id);
      expect(await list(privateCommunity.slug)).toEqual(sees ? [privateJobId] : []);
      expect(await list(publicCommunity.slug)).toEqual([publicJobId]);
    });
  });

  it.each(['outsider', 'pending', 'banned'] as const)('%s cannot tell a hidden job from a missing one when changing it', async (viewer) => {
    for (const id of [privateJobId, '999999999']) {
      expect(outcome(await t.gql(CLOSE_JOB, { id }, { token: cast[viewer].token }))).toBe('NOT_FOUND');
      expect(outcome(await t.gql(UPDATE_JOB, { id, input: { title: 'x' } }, { token: cast[viewer].token }))).toBe('NOT_FOUND');
    }
  });

  it('job(id) is null for an id that exists nowhere and BAD_USER_INPUT for a malformed one', async () => {
    expect(expectOk(await t.gql(JOB, { id: '999999999' })).job).toBeNull();
    const res = await t.gql(JOB, { id: 'abc' });
    expect(outcome(res)).toBe('BAD_USER_INPUT');
  });

  it('a member who leaves the private community no longer sees its jobs', async () => {
    const [leaver] = await t.factories.members(1);
    const memberships = t.app.get(MembershipsService);
    const request = await memberships.join(leaver.user.id, privateCommunity.id);
    await memberships.review(cast.owner.user.id, request.id, true);
    expect(expectOk(await t.gql(JOB, { id: privateJobId }, { token: leaver.token })).job.id).toBe(privateJobId);
    await memberships.leave(leaver.user.id, privateCommunity.id);
    expect(expectOk(await t.gql(JOB, { id: privateJobId }, { token: leaver.token })).job).toBeNull();
  });

  it('a job whose community turns private disappears for outsiders', async () => {
    const cast2 = await createCommunityCast(t);
    const community = await createCommunity(t, cast2, CommunityVisibility.PUBLIC);
    const job = await postJob(t, cast2.member, { communityId: community.id });
    const outsiderSees = async () => expectOk(await t.gql(JOB, { id: job.id }, { token: cast2.outsider.token })).job !== null;
    expect(await outsiderSees()).toBe(true);
    expectOk(
      await t.gql(
        `mutation($id: ID!) { updateCommunity(id: $id, input: { visibility: PRIVATE }) { visibility } }`,
        { id: community.id },
        { token: cast2.owner.token },
      ),
    );
    expect(await outsiderSees()).toBe(false);
  });
});
