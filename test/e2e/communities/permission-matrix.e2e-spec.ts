import { CommunityVisibility } from '@kindling/communities';
import { createTestApp, TestApp } from '@kindling/testing';
import {
  Cast,
  CREATE_COMMUNITY,
  createCast,
  createFixture,
  MatrixRow,
  matrixCases,
  memberCounts,
  outcome,
  runMatrixCase,
  TestMemberKey,
  uniqueSlug,
} from './community-fixtures';

/**
 * Who may do what to a community, part 1: editing it and membership itself
 * (join, leave, review). Every mutation × every kind of viewer, each on a
 * community of its own; a refusal must carry the exact code and leave the
 * community, its memberships and its moderation log exactly as they were.
 * Part 2 (roles and bans) is permission-matrix-moderation.e2e-spec.ts.
 */

const U = 'UNAUTHENTICATED';
const F = 'FORBIDDEN';
const N = 'NOT_FOUND';
const C = 'CONFLICT';

const UPDATE = `mutation($id: ID!) { updateCommunity(id: $id, input: { name: "Renamed", description: "New words" }) { name description memberCount } }`;
const JOIN = `mutation($id: ID!) { joinCommunity(communityId: $id) { role status } }`;
const LEAVE = `mutation($id: ID!) { leaveCommunity(communityId: $id) }`;
const REVIEW = `mutation($id: ID!, $approve: Boolean!) { reviewMembership(membershipId: $id, approve: $approve) { role status } }`;

const updated = {
  returns: { name: 'Renamed', description: 'New words', memberCount: 5 },
  change: () => ({ community: { name: 'Renamed', description: 'New words' } }),
};

/** A join that returns the membership already there and writes nothing. */
const alreadyThere = (role: string, status: string) => ({ returns: { role, status } });

const requested = {
  returns: { role: 'MEMBER', status: 'PENDING' },
  change: ({ actorId }: { actorId: string | null }) => ({ memberships: { [actorId!]: { role: 'MEMBER', status: 'PENDING' } } }),
};

const joinedAtOnce = {
  returns: { role: 'MEMBER', status: 'ACTIVE' },
  change: ({ actorId }: { actorId: string | null }) => ({
    memberships: { [actorId!]: { role: 'MEMBER', status: 'ACTIVE' } },
    memberCountDelta: 1,
  }),
};

const left = (memberCountDelta: number) => ({
  returns: true,
  change: ({ actorId }: { actorId: string | null }) => ({ memberships: { [actorId!]: null }, memberCountDelta }),
});
const notAMember = { returns: false };

const reviewed = (approve: boolean) => ({
  // Approval returns the ACTIVE membership; rejection deletes the request and returns it as REJECTED.
  returns: { role: 'MEMBER', status: approve ? 'ACTIVE' : 'REJECTED' },
  change: ({ cast, actorId }: { cast: Cast; actorId: string | null }) => ({
    memberships: { [cast.applicant.user.id]: approve ? { status: 'ACTIVE', role: 'MEMBER' } : null },
    memberCountDelta: approve ? 1 : 0,
    actions: [
      {
        type: approve ? 'APPROVE_MEMBER' : 'REJECT_MEMBER',
        moderator_id: actorId,
        target_user_id: cast.applicant.user.id,
        reason: null,
      },
    ],
  }),
});

const ROWS: MatrixRow[] = [
  {
    name: 'updateCommunity',
    query: UPDATE,
    variables: (fx) => ({ id: fx.id }),
    outcomes: { anonymous: U, nonMember: F, pending: F, member: F, moderator: updated, owner: updated, banned: F, otherModerator: F },
  },
  {
    name: 'joinCommunity (private)',
    query: JOIN,
    variables: (fx) => ({ id: fx.id }),
    outcomes: {
      anonymous: U,
      nonMember: requested,
      pending: alreadyThere('MEMBER', 'PENDING'),
      member: alreadyThere('MEMBER', 'ACTIVE'),
      moderator: alreadyThere('MODERATOR', 'ACTIVE'),
      owner: alreadyThere('OWNER', 'ACTIVE'),
      banned: F,
      otherModerator: requested,
    },
  },
  {
    name: 'joinCommunity (public)',
    visibility: CommunityVisibility.PUBLIC,
    query: JOIN,
    variables: (fx) => ({ id: fx.id }),
    outcomes: {
      anonymous: U,
      nonMember: joinedAtOnce,
      // A request filed while the community was private stays a request until reviewed.
      pending: alreadyThere('MEMBER', 'PENDING'),
      member: alreadyThere('MEMBER', 'ACTIVE'),
      moderator: alreadyThere('MODERATOR', 'ACTIVE'),
      owner: alreadyThere('OWNER', 'ACTIVE'),
      banned: F,
      otherModerator: joinedAtOnce,
    },
  },
  {
    name: 'leaveCommunity',
    query: LEAVE,
    variables: (fx) => ({ id: fx.id }),
    outcomes: {
      anonymous: U,
      nonMember: notAMember,
      pending: left(0),
      member: left(-1),
      moderator: left(-1),
      owner: C, // the last owner
      banned: notAMember, // and the ban stays
      otherModerator: notAMember,
    },
  },
  {
    name: 'reviewMembership (approve)',
    query: REVIEW,
    variables: (fx) => ({ id: fx.requestId, approve: true }),
    // Pending requests are private: whoever may not review one learns nothing about it.
    outcomes: {
      anonymous: U,
      nonMember: N,
      pending: N,
      member: N,
      moderator: reviewed(true),
      owner: reviewed(true),
      banned: N,
      otherModerator: N,
    },
  },
  {
    name: 'reviewMembership (reject)',
    query: REVIEW,
    variables: (fx) => ({ id: fx.requestId, approve: false }),
    outcomes: {
      anonymous: U,
      nonMember: N,
      pending: N,
      member: N,
      moderator: reviewed(false),
      owner: reviewed(false),
      banned: N,
      otherModerator: N,
    },
  },
];

describe('community permission matrix: edit, join, leave, review', () => {
  let t: TestApp;
  let cast: Cast;

  beforeAll(async () => {
    t = await createTestApp();
    cast = await createCast(t);
  });
  afterAll(() => t.close());

  it.each([CommunityVisibility.PRIVATE, CommunityVisibility.PUBLIC])('a %s fixture is what the table assumes', async (visibility) => {
    const fx = await createFixture(t, cast, visibility);
    expect(await memberCounts(t, fx.id)).toEqual({ memberCount: 5, activeRows: 5 });
    const standing = async (who: TestMemberKey) =>
      (
        await t.gql(
          `query($slug: String!) { community(slug: $slug) { viewerMembership { role status } } }`,
          { slug: fx.slug },
          { token: cast[who].token },
        )
      ).data?.community.viewerMembership ?? null;
    const expected: Partial<Record<TestMemberKey, { role: string; status: string } | null>> = {
      owner: { role: 'OWNER', status: 'ACTIVE' },
      moderator: { role: 'MODERATOR', status: 'ACTIVE' },
      moderator2: { role: 'MODERATOR', status: 'ACTIVE' },
      member: { role: 'MEMBER', status: 'ACTIVE' },
      target: { role: 'MEMBER', status: 'ACTIVE' },
      pending: { role: 'MEMBER', status: 'PENDING' },
      applicant: { role: 'MEMBER', status: 'PENDING' },
      banned: { role: 'MEMBER', status: 'BANNED' },
      bannedTarget: { role: 'MEMBER', status: 'BANNED' },
      nonMember: null,
      otherModerator: null,
      outsider: null,
    };
    const keys = Object.keys(expected) as TestMemberKey[];
    expect(Object.fromEntries(await Promise.all(keys.map(async (k) => [k, await standing(k)])))).toEqual(expected);
  });

  it.each(matrixCases(ROWS))('%s', (_title, row, actor) => runMatrixCase(t, cast, row, actor));

  describe('createCommunity', () => {
    const countWithSlug = async (slug: string) =>
      (await t.db.query(`SELECT count(*)::int AS n FROM community WHERE slug = $1`, [slug]))[0].n as number;

    it('by anonymous → UNAUTHENTICATED, and no community is written', async () => {
      const slug = uniqueSlug();
      const res = await t.gql(CREATE_COMMUNITY, { input: { slug, name: 'Nobody', visibility: 'PUBLIC' } });
      expect(outcome(res)).toBe(U);
      expect(res.data ?? null).toBeNull();
      expect(await countWithSlug(slug)).toBe(0);
    });

    it.each(['nonMember', 'banned', 'otherModerator'] as const)('by any signed-in member (%s) → OK, as its only OWNER', async (who) => {
      const slug = uniqueSlug();
      const res = await t.gql(CREATE_COMMUNITY, { input: { slug, name: 'Mine', visibility: 'PRIVATE' } }, { token: cast[who].token });
      expect(outcome(res)).toBe('OK');
      expect(res.data!.createCommunity).toMatchObject({ slug, memberCount: 1, viewerMembership: { role: 'OWNER', status: 'ACTIVE' } });
      const rows = await t.db.query(
        `SELECT m.user_id::text AS "userId", m.role, m.status FROM membership m JOIN community c ON c.id = m.community_id WHERE c.slug = $1`,
        [slug],
      );
      expect(rows).toEqual([{ userId: cast[who].user.id, role: 'OWNER', status: 'ACTIVE' }]);
    });
  });
});
