import { CommunityVisibility } from '@kindling/communities';
import { createTestApp, expectOk, GraphQLResponse, outcome, TestApp, TestMember, uniqueWord } from '@kindling/testing';
import { roadmapRows, seedCommunity, seedRoadmap } from '../roadmaps/roadmap-fixtures';

type Caller = 'fellowMember' | 'stranger' | 'anonymous';
const CALLERS: Caller[] = ['fellowMember', 'stranger', 'anonymous'];
/** Callers outside the private community: they may not even learn its roadmaps exist. */
const OUTSIDERS: Caller[] = ['stranger', 'anonymous'];
/** An id nothing has: a refusal of a real private id must read exactly like a refusal of this one. */
const MISSING = '999999999999';

interface Fixture {
  /** Published roadmap of a private community; steps A and B (B requires A). */
  roadmapId: string;
  stepA: string;
  /** Never-published roadmap of the same community. */
  draftId: string;
  /** Published roadmap of a public community, for mixed-alias requests. */
  openRoadmapId: string;
  /** The enrollee's enrollment in the private roadmap, with its thread in the community. */
  enrollmentId: string;
  enrollmentThreadId: string;
  /** The enrollee's post in their own public thread, citing step A of the private roadmap. */
  publicPostId: string;
  communityId: string;
  word: string;
}

/**
 * Roadmaps of a private community and one member's enrollment in one, as seen
 * by another member of that community, a stranger and nobody: queries read
 * null or leave them out, mutations are NOT_FOUND exactly as for an id that
 * does not exist, and nothing is written.
 */
describe('object-level authorization: roadmaps and enrollments', () => {
  let t: TestApp;
  let owner: TestMember, enrollee: TestMember;
  let everyone: TestMember[];
  const tokens = {} as Record<Caller, string | null>;
  /** Each caller's own public thread, for posts that cite a step. */
  const ownThread = {} as Record<Caller, string | null>;
  let fx: Fixture;

  const gql = (who: TestMember, query: string, variables: Record<string, unknown> = {}) =>
    t.gql(query, variables, { token: who.token }).then(expectOk);

  beforeAll(async () => {
    t = await createTestApp();
    let fellowMember: TestMember, stranger: TestMember;
    [owner, enrollee, fellowMember, stranger] = await t.factories.members(4);
    everyone = [owner, enrollee, fellowMember, stranger];
    const w = uniqueWord('rm');
    const secret = await seedCommunity(t, { owner, visibility: CommunityVisibility.PRIVATE, active: [enrollee, fellowMember] });
    const roadmap = await seedRoadmap(t, owner, secret.id, [['A'], ['B', ['A']]], { title: `Secret ${w}` });
    const draft = await seedRoadmap(t, owner, secret.id, [['Hidden']], { publish: false, title: `Draft ${w}` });
    const open = await seedCommunity(t, { owner, visibility: CommunityVisibility.PUBLIC });
    const openRoadmap = await seedRoadmap(t, owner, open.id, [['Open step']], { title: `Open ${w}` });

    const enrollment = (
      await gql(enrollee, `mutation($id: ID!) { enrollInRoadmap(roadmapId: $id) { id thread { id } } }`, { id: roadmap.id })
    ).enrollInRoadmap;
    const publicThread = (await gql(enrollee, `mutation { createThread(input: { title: "My public log" }) { id } }`)).createThread;
    const post = (
      await gql(enrollee, `mutation($input: CreatePostInput!) { createPost(input: $input) { id roadmapStep { id } } }`, {
        input: { threadId: publicThread.id, body: 'Did step A', roadmapStepId: roadmap.steps.A },
      })
    ).createPost;
    expect(post.roadmapStep).toEqual({ id: roadmap.steps.A }); // the author sees what the post cites

    fx = {
      roadmapId: roadmap.id,
      stepA: roadmap.steps.A,
      draftId: draft.id,
      openRoadmapId: openRoadmap.id,
      enrollmentId: enrollment.id,
      enrollmentThreadId: enrollment.thread.id,
      publicPostId: post.id,
      communityId: secret.id,
      word: w,
    };
    Object.assign(tokens, { fellowMember: fellowMember.token, stranger: stranger.token, anonymous: null });
    for (const [caller, member] of [
      ['fellowMember', fellowMember],
      ['stranger', stranger],
    ] as const)
      ownThread[caller] = (await gql(member, `mutation { createThread(input: { title: "Mine" }) { id } }`)).createThread.id;
    ownThread.anonymous = null;
  });
  afterAll(() => t.close());

  const snapshot = async () => ({
    published: await roadmapRows(t, fx.roadmapId, fx.communityId),
    draft: await roadmapRows(t, fx.draftId, fx.communityId),
    posts: await t.db.query(`SELECT * FROM post WHERE author_id = ANY($1::bigint[]) ORDER BY id`, [everyone.map((m) => m.user.id)]),
  });

  interface QueryRow {
    name: string;
    deniedTo: Caller[];
    query: string;
    variables: () => Record<string, unknown>;
    /** The private thing in the answer, or null when it stayed hidden. */
    pick: (data: any) => unknown;
  }

  const QUERIES: QueryRow[] = [
    {
      name: 'roadmap(id) of a private community',
      deniedTo: OUTSIDERS,
      query: `query($id: ID!) { roadmap(id: $id) { id title steps { id title } } }`,
      variables: () => ({ id: fx.roadmapId }),
      pick: (d) => d.roadmap,
    },
    {
      name: 'roadmap(id) of a draft',
      deniedTo: CALLERS,
      query: `query($id: ID!) { roadmap(id: $id) { id title } }`,
      variables: () => ({ id: fx.draftId }),
      pick: (d) => d.roadmap,
    },
    {
      name: 'roadmaps(communityId)',
      deniedTo: OUTSIDERS,
      query: `query($c: ID!) { roadmaps(communityId: $c, first: 100) { nodes { id } } }`,
      variables: () => ({ c: fx.communityId }),
      pick: (d) => (d.roadmaps.nodes as Array<{ id: string }>).find((n) => n.id === fx.roadmapId || n.id === fx.draftId) ?? null,
    },
    {
      name: 'roadmaps(communityId) listing the draft',
      deniedTo: CALLERS,
      query: `query($c: ID!) { roadmaps(communityId: $c, first: 100) { nodes { id } } }`,
      variables: () => ({ c: fx.communityId }),
      pick: (d) => (d.roadmaps.nodes as Array<{ id: string }>).find((n) => n.id === fx.draftId) ?? null,
    },
    {
      name: 'search(query).roadmaps',
      deniedTo: OUTSIDERS,
      query: `query($q: String!) { search(query: $q) { roadmaps { id } } }`,
      variables: () => ({ q: fx.word }),
      pick: (d) => {
        const ids = (d.search.roadmaps as Array<{ id: string }>).map((n) => n.id);
        expect(ids).toContain(fx.openRoadmapId); // control: the public roadmap with the same word is found
        return ids.find((id) => id === fx.roadmapId || id === fx.draftId) ?? null;
      },
    },
    {
      name: 'Post.roadmapStep of a public post citing a private step',
      deniedTo: OUTSIDERS,
      query: `query($id: ID!) { post(id: $id) { id roadmapStep { id title } } }`,
      variables: () => ({ id: fx.publicPostId }),
      pick: (d) => {
        expect(d.post).toEqual(expect.objectContaining({ id: fx.publicPostId })); // control: the post itself is public
        return d.post.roadmapStep;
      },
    },
    {
      name: "GrowthThread.enrollment of the enrollee's community thread",
      deniedTo: OUTSIDERS,
      query: `query($id: ID!) { thread(id: $id) { id enrollment { id progress } } }`,
      variables: () => ({ id: fx.enrollmentThreadId }),
      pick: (d) => d.thread,
    },
    {
      name: "Roadmap.viewerEnrollment is the viewer's own, never the enrollee's",
      deniedTo: CALLERS,
      query: `query($id: ID!) { roadmap(id: $id) { viewerEnrollment { id } } }`,
      variables: () => ({ id: fx.roadmapId }),
      pick: (d) => d.roadmap?.viewerEnrollment ?? null,
    },
    {
      name: "myEnrollments holds only the viewer's own",
      deniedTo: ['fellowMember', 'stranger'],
      query: `{ myEnrollments(first: 100) { nodes { id } } }`,
      variables: () => ({}),
      pick: (d) => (d.myEnrollments.nodes as Array<{ id: string }>).find((n) => n.id === fx.enrollmentId) ?? null,
    },
  ];

  const queryCases = QUERIES.flatMap((row) =>
    row.deniedTo.map((caller): [string, Caller, QueryRow] => [`${row.name}, as ${caller}, reveals nothing`, caller, row]),
  );

  it.each(queryCases)('%s', async (_, caller, row) => {
    const res = await t.gql(row.query, row.variables(), { token: tokens[caller] });
    expect(res.errors).toBeUndefined();
    expect(row.pick(res.data) ?? null).toBeNull();
  });

  it('the fellow member sees the published roadmap and the enrollment thread (control)', async () => {
    const res = await t.gql(
      `query($r: ID!, $t: ID!) { roadmap(id: $r) { id } thread(id: $t) { enrollment { id } } }`,
      { r: fx.roadmapId, t: fx.enrollmentThreadId },
      { token: tokens.fellowMember },
    );
    expect(expectOk(res)).toEqual({ roadmap: { id: fx.roadmapId }, thread: { enrollment: { id: fx.enrollmentId } } });
  });

  describe.each(CALLERS)('aliases mixing allowed and forbidden ids, as %s', (caller) => {
    it('answer each on its own', async () => {
      const res = await t.gql(
        `query($open: ID!, $secret: ID!, $draft: ID!, $post: ID!, $q: String!) {
          a: roadmap(id: $open) { id } b: roadmap(id: $secret) { id } c: roadmap(id: $draft) { id }
          d: post(id: $post) { roadmapStep { id } } e: search(query: $q) { roadmaps { id } }
        }`,
        { open: fx.openRoadmapId, secret: fx.roadmapId, draft: fx.draftId, post: fx.publicPostId, q: fx.word },
        { token: tokens[caller] },
      );
      const insider = caller === 'fellowMember';
      const found = expectOk(res);
      expect(found).toEqual({
        a: { id: fx.openRoadmapId },
        b: insider ? { id: fx.roadmapId } : null,
        c: null,
        d: { roadmapStep: insider ? { id: fx.stepA } : null },
        e: { roadmaps: expect.any(Array) },
      });
      const searched = (found.e.roadmaps as Array<{ id: string }>).map((r) => r.id).sort();
      expect(searched).toEqual([fx.openRoadmapId, ...(insider ? [fx.roadmapId] : [])].sort());
    });
  });

  interface MutationRow {
    name: string;
    deniedTo: Caller[];
    mutation: string;
    /** The variables with the private ids, or with MISSING in their place. */
    variables: (caller: Caller, missing: boolean) => Record<string, unknown>;
  }

  const MUTATIONS: MutationRow[] = [
    {
      name: 'enrollInRoadmap in a private roadmap',
      deniedTo: OUTSIDERS,
      mutation: `mutation($id: ID!) { enrollInRoadmap(roadmapId: $id, createThread: false) { id } }`,
      variables: (_, missing) => ({ id: missing ? MISSING : fx.roadmapId }),
    },
    {
      name: 'enrollInRoadmap in a draft',
      deniedTo: CALLERS,
      mutation: `mutation($id: ID!) { enrollInRoadmap(roadmapId: $id, createThread: false) { id } }`,
      variables: (_, missing) => ({ id: missing ? MISSING : fx.draftId }),
    },
    {
      name: "updateStepProgress on the enrollee's enrollment",
      deniedTo: CALLERS,
      mutation: `mutation($input: StepProgressInput!) { updateStepProgress(input: $input) { status } }`,
      variables: (_, missing) => ({ input: { enrollmentId: missing ? MISSING : fx.enrollmentId, stepId: fx.stepA, status: 'DONE' } }),
    },
    {
      name: "upgradeEnrollment of the enrollee's enrollment",
      deniedTo: CALLERS,
      mutation: `mutation($id: ID!) { upgradeEnrollment(enrollmentId: $id) { id } }`,
      variables: (_, missing) => ({ id: missing ? MISSING : fx.enrollmentId }),
    },
    {
      name: "dropEnrollment of the enrollee's enrollment",
      deniedTo: CALLERS,
      mutation: `mutation($id: ID!) { dropEnrollment(enrollmentId: $id) { id status } }`,
      variables: (_, missing) => ({ id: missing ? MISSING : fx.enrollmentId }),
    },
    {
      name: 'createPost citing a step of a roadmap the author does not follow',
      deniedTo: CALLERS,
      mutation: `mutation($input: CreatePostInput!) { createPost(input: $input) { id } }`,
      variables: (caller, missing) => ({
        input: { threadId: ownThread[caller] ?? fx.enrollmentThreadId, body: 'progress', roadmapStepId: missing ? MISSING : fx.stepA },
      }),
    },
  ];

  const mutationCases = MUTATIONS.flatMap((row) =>
    row.deniedTo.map((caller): [string, Caller, MutationRow] => [
      `${row.name}, as ${caller}, is refused as for a missing id and writes nothing`,
      caller,
      row,
    ]),
  );

  /** What a refusal says, with ids taken out: a private id and a missing one must read the same. */
  const refusalOf = (res: GraphQLResponse) => ({
    data: res.data ?? null,
    code: outcome(res),
    field: res.errors?.[0]?.extensions?.field,
    message: res.errors?.[0]?.message.replace(/\d+/g, '#'),
  });

  it.each(mutationCases)('%s', async (_, caller, row) => {
    const before = await snapshot();
    const refused = refusalOf(await t.gql(row.mutation, row.variables(caller, false), { token: tokens[caller] }));
    expect(refused.data).toBeNull();
    if (caller === 'anonymous') expect(refused.code).toBe('UNAUTHENTICATED');
    else expect(['NOT_FOUND', 'BAD_USER_INPUT']).toContain(refused.code);
    expect(await snapshot()).toEqual(before);
    expect(refused).toEqual(refusalOf(await t.gql(row.mutation, row.variables(caller, true), { token: tokens[caller] })));
  });
});
