import { CommunityRole, CommunityVisibility, MembershipsService } from '@kindling/communities';
import { RoadmapDraftService } from '@kindling/roadmaps';
import { createTestApp, TestApp, TestMember } from '@kindling/testing';
import { expectOk, outcome, roadmapRows, seedCommunity, seedRoadmap, SeededRoadmap, uniqueSlug } from './roadmap-fixtures';

/**
 * Who may author a community's roadmaps: every authoring mutation × every
 * kind of viewer, in a private and a public community. A refusal must carry
 * the exact code and leave every roadmap row and the moderation log as they
 * were; what the viewer may not see reads NOT_FOUND, never FORBIDDEN.
 */

const ACTORS = ['anonymous', 'nonMember', 'pending', 'banned', 'member', 'otherModerator', 'moderator', 'owner'] as const;
type Actor = (typeof ACTORS)[number];
type Cast = Record<Exclude<Actor, 'anonymous'>, TestMember>;

/** The roadmap every case gets fresh: A, B (requires A) published as version 1, then C added to the draft only. */
interface Fixture extends SeededRoadmap {
  communityId: string;
  /** Another roadmap of the community, never published. */
  draftId: string;
}

interface Row {
  name: string;
  query: string;
  variables: (fx: Fixture) => Record<string, unknown>;
  /** The selection of a permitted call, for the staff rows. */
  returns: unknown;
  /** Never published: only staff even know it exists. */
  draftOnly?: boolean;
}

const U = 'UNAUTHENTICATED';
const F = 'FORBIDDEN';
const N = 'NOT_FOUND';

const ROWS: Row[] = [
  {
    name: 'createRoadmap',
    query: `mutation($input: CreateRoadmapInput!) { createRoadmap(input: $input) { status version } }`,
    variables: (fx) => ({ input: { communityId: fx.communityId, slug: uniqueSlug(), title: 'New path' } }),
    returns: { status: 'DRAFT', version: 0 },
  },
  {
    name: 'updateRoadmap',
    query: `mutation($id: ID!) { updateRoadmap(id: $id, input: { title: "Renamed" }) { title version } }`,
    variables: (fx) => ({ id: fx.id }),
    returns: { title: 'Renamed', version: 1 },
  },
  {
    name: 'addRoadmapStep',
    query: `mutation($id: ID!) { addRoadmapStep(roadmapId: $id, input: { title: "D" }) { title position } }`,
    variables: (fx) => ({ id: fx.id }),
    returns: { title: 'D', position: 4 },
  },
  {
    name: 'updateRoadmapStep (a published step)',
    query: `mutation($id: ID!) { updateRoadmapStep(stepId: $id, input: { title: "A2" }) { title position } }`,
    variables: (fx) => ({ id: fx.steps.A }),
    returns: { title: 'A2', position: 1 },
  },
  {
    name: 'removeRoadmapStep',
    query: `mutation($id: ID!) { removeRoadmapStep(stepId: $id) { steps { title } } }`,
    variables: (fx) => ({ id: fx.steps.A }),
    returns: { steps: [{ title: 'B' }, { title: 'C' }] },
  },
  {
    name: 'reorderRoadmapSteps',
    query: `mutation($id: ID!, $ids: [ID!]!) { reorderRoadmapSteps(roadmapId: $id, stepIds: $ids) { steps { title } } }`,
    variables: (fx) => ({ id: fx.id, ids: [fx.steps.C, fx.steps.B, fx.steps.A] }),
    returns: { steps: [{ title: 'C' }, { title: 'B' }, { title: 'A' }] },
  },
  {
    name: 'publishRoadmap',
    query: `mutation($id: ID!) { publishRoadmap(id: $id) { status version hasUnpublishedChanges } }`,
    variables: (fx) => ({ id: fx.id }),
    returns: { status: 'PUBLISHED', version: 2, hasUnpublishedChanges: false },
  },
  {
    name: 'archiveRoadmap',
    query: `mutation($id: ID!) { archiveRoadmap(id: $id) { status version } }`,
    variables: (fx) => ({ id: fx.id }),
    returns: { status: 'ARCHIVED', version: 1 },
  },
  {
    name: 'updateRoadmapStep (a draft-only step)',
    query: `mutation($id: ID!) { updateRoadmapStep(stepId: $id, input: { title: "C2" }) { title position } }`,
    variables: (fx) => ({ id: fx.steps.C }),
    returns: { title: 'C2', position: 3 },
    draftOnly: true,
  },
  {
    name: 'updateRoadmap (never published)',
    query: `mutation($id: ID!) { updateRoadmap(id: $id, input: { title: "Renamed" }) { title version } }`,
    variables: (fx) => ({ id: fx.draftId }),
    returns: { title: 'Renamed', version: 0 },
    draftOnly: true,
  },
];

/** The expected code (or OK) for an actor on a row, from the rules rather than a table typed by hand twice. */
function expected(row: Row, visibility: CommunityVisibility, actor: Actor): string {
  if (actor === 'anonymous') return U;
  if (actor === 'owner' || actor === 'moderator') return 'OK';
  if (row.name === 'createRoadmap') return F; // community names are public
  const seesInside = visibility === CommunityVisibility.PUBLIC || actor === 'member';
  return seesInside && !row.draftOnly ? F : N;
}

const CASES = ([CommunityVisibility.PRIVATE, CommunityVisibility.PUBLIC] as const).flatMap((visibility) =>
  ROWS.flatMap((row) =>
    ACTORS.map((actor): [string, CommunityVisibility, Row, Actor] => [
      `${visibility} ${row.name} by ${actor} → ${expected(row, visibility, actor)}`,
      visibility,
      row,
      actor,
    ]),
  ),
);

describe('roadmap authoring permission matrix', () => {
  let t: TestApp;
  let cast: Cast;
  const communities = new Map<CommunityVisibility, string>();

  beforeAll(async () => {
    t = await createTestApp();
    const [owner, moderator, member, pending, banned, nonMember, otherModerator, otherOwner] = await t.factories.members(8);
    cast = { owner, moderator, member, pending, banned, nonMember, otherModerator };
    for (const visibility of [CommunityVisibility.PRIVATE, CommunityVisibility.PUBLIC]) {
      const community = await seedCommunity(t, {
        owner,
        visibility,
        moderators: [moderator],
        active: [member],
        pending: [pending],
        banned: [banned],
      });
      communities.set(visibility, community.id);
    }
    const elsewhere = await seedCommunity(t, { owner: otherOwner, visibility: CommunityVisibility.PUBLIC, active: [otherModerator] });
    await t.app.get(MembershipsService).setRole(otherOwner.user.id, elsewhere.id, otherModerator.user.id, CommunityRole.MODERATOR);
  });
  afterAll(() => t.close());

  async function fixture(communityId: string): Promise<Fixture> {
    const roadmap = await seedRoadmap(t, cast.owner, communityId, [['A'], ['B', ['A']]]);
    const c = await t.app.get(RoadmapDraftService).addStep(cast.owner.user.id, roadmap.id, { title: 'C' });
    const draft = await seedRoadmap(t, cast.owner, communityId, [['Hidden']], { publish: false });
    return { ...roadmap, steps: { ...roadmap.steps, C: c.id }, communityId, draftId: draft.id };
  }

  async function snapshot(fx: Fixture) {
    const [roadmaps] = await t.db.query(`SELECT count(*)::int AS n FROM roadmap WHERE community_id = $1`, [fx.communityId]);
    return { roadmaps, published: await roadmapRows(t, fx.id, fx.communityId), draft: await roadmapRows(t, fx.draftId, fx.communityId) };
  }

  /** Refusals share one fixture per community (each proves it changed nothing); permitted calls get a fresh one. */
  const shared = new Map<CommunityVisibility, Promise<Fixture>>();

  it.each(CASES)('%s', async (_, visibility, row, actor) => {
    const want = expected(row, visibility, actor);
    const communityId = communities.get(visibility)!;
    if (!shared.has(visibility)) shared.set(visibility, fixture(communityId));
    const fx = want === 'OK' ? await fixture(communityId) : await shared.get(visibility)!;
    const token = actor === 'anonymous' ? undefined : cast[actor].token;
    const before = await snapshot(fx);
    const res = await t.gql(row.query, row.variables(fx), { token });
    expect(outcome(res)).toBe(want);
    if (want === 'OK') {
      expect(Object.values(expectOk(res))[0]).toEqual(row.returns);
      expect(await snapshot(fx)).not.toEqual(before);
    } else {
      expect(res.data ?? null).toBeNull();
      expect(await snapshot(fx)).toEqual(before);
    }
  });
});
