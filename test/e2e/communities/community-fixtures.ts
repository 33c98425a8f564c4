import { CommunitiesService, CommunityRole, CommunityVisibility, MembershipsService, MembershipStatus } from '@kindling/communities';
import { firstError, outcome, TestApp, TestMember, uniqueSlug } from '@kindling/testing';

/** Helpers shared by the community e2e specs: unique slugs, fixture communities built through the services, DB snapshots. */

export const CREATE_COMMUNITY = `mutation($input: CreateCommunityInput!) {
  createCommunity(input: $input) { id slug name description visibility memberCount viewerMembership { role status } }
}`;

export { expectOk, outcome, uniqueSlug, uniqueWord } from '@kindling/testing';

export interface CommunitySetup {
  owner: TestMember;
  visibility: CommunityVisibility;
  moderators?: readonly TestMember[];
  active?: readonly TestMember[];
  pending?: readonly TestMember[];
  banned?: readonly TestMember[];
}

/** A community built through the services: members ACTIVE, PENDING (private only) or BANNED as asked; moderators ACTIVE MODERATORs. */
export async function seedCommunity(t: TestApp, setup: CommunitySetup): Promise<{ id: string; slug: string }> {
  const communities = t.app.get(CommunitiesService);
  const memberships = t.app.get(MembershipsService);
  const owner = setup.owner.user.id;
  const community = await communities.create(owner, {
    slug: uniqueSlug(),
    name: 'Seeded community',
    visibility: CommunityVisibility.PRIVATE,
  });
  for (const m of [...(setup.moderators ?? []), ...(setup.active ?? []), ...(setup.banned ?? [])]) {
    const request = await memberships.join(m.user.id, community.id);
    await memberships.review(owner, request.id, true);
  }
  for (const m of setup.moderators ?? []) await memberships.setRole(owner, community.id, m.user.id, CommunityRole.MODERATOR);
  for (const m of setup.banned ?? []) await memberships.ban(owner, community.id, m.user.id, 'fixture');
  for (const m of setup.pending ?? []) await memberships.join(m.user.id, community.id);
  if (setup.visibility === CommunityVisibility.PUBLIC)
    await communities.update(owner, community.id, { visibility: CommunityVisibility.PUBLIC });
  return { id: community.id, slug: community.slug };
}

export interface CommunitySnapshot {
  community: Record<string, unknown> | undefined;
  memberships: Array<Record<string, unknown>>;
  actions: Array<Record<string, unknown>>;
}

/** Every column of the community row, its membership rows and its moderation log, in id order. */
export async function snapshot(t: TestApp, communityId: string): Promise<CommunitySnapshot> {
  const [community] = await t.db.query(`SELECT * FROM community WHERE id = $1`, [communityId]);
  const memberships = await t.db.query(`SELECT * FROM membership WHERE community_id = $1 ORDER BY id`, [communityId]);
  const actions = await t.db.query(`SELECT * FROM moderation_action WHERE community_id = $1 ORDER BY id`, [communityId]);
  return { community, memberships, actions };
}

/** member_count next to the number of ACTIVE membership rows it must equal. */
export async function memberCounts(t: TestApp, communityId: string): Promise<{ memberCount: number; activeRows: number }> {
  const [row] = await t.db.query(
    `SELECT c.member_count AS "memberCount",
            (SELECT count(*)::int FROM membership m WHERE m.community_id = c.id AND m.status = 'ACTIVE') AS "activeRows"
       FROM community c WHERE c.id = $1`,
    [communityId],
  );
  return row;
}

/** The same users play the same parts in every fixture community; only the community is new. */
export interface Cast {
  owner: TestMember;
  moderator: TestMember;
  member: TestMember;
  pending: TestMember;
  banned: TestMember;
  nonMember: TestMember;
  /** A moderator, but of another community. */
  otherModerator: TestMember;
  /** Targets of the actions, never actors. */
  target: TestMember;
  moderator2: TestMember;
  applicant: TestMember;
  bannedTarget: TestMember;
  outsider: TestMember;
}

export type TestMemberKey = keyof Cast;

export interface Fixture {
  id: string;
  slug: string;
  /** The applicant's PENDING membership. */
  requestId: string;
}

export async function createCast(t: TestApp): Promise<Cast> {
  const [
    owner,
    moderator,
    member,
    pending,
    banned,
    nonMember,
    otherModerator,
    target,
    moderator2,
    applicant,
    bannedTarget,
    outsider,
    other,
  ] = await t.factories.members(13);
  const cast = {
    owner,
    moderator,
    member,
    pending,
    banned,
    nonMember,
    otherModerator,
    target,
    moderator2,
    applicant,
    bannedTarget,
    outsider,
  };
  const communities = t.app.get(CommunitiesService);
  const memberships = t.app.get(MembershipsService);
  const elsewhere = await communities.create(other.user.id, {
    slug: uniqueSlug('elsewhere'),
    name: 'Elsewhere',
    visibility: CommunityVisibility.PUBLIC,
  });
  await memberships.join(otherModerator.user.id, elsewhere.id);
  await memberships.setRole(other.user.id, elsewhere.id, otherModerator.user.id, CommunityRole.MODERATOR);
  return cast;
}

/**
 * A new community in which owner is the only OWNER; moderator and moderator2
 * are MODERATORs; member and target are ACTIVE MEMBERs; pending and applicant
 * have PENDING requests (in a public community too, as when it turned public
 * after they asked); banned and bannedTarget are BANNED; nonMember,
 * otherModerator and outsider have no membership row. The community and its
 * owner come from the service; the other rows, which the services would take
 * some fifteen transactions to build, are written in one statement (with the
 * member_count they imply), since a matrix case needs a fresh fixture.
 */
export async function createFixture(
  t: TestApp,
  cast: Cast,
  visibility: CommunityVisibility = CommunityVisibility.PRIVATE,
): Promise<Fixture> {
  const community = await t.app.get(CommunitiesService).create(cast.owner.user.id, {
    slug: uniqueSlug('matrix'),
    name: 'Matrix fixture',
    description: 'A community built for one test case',
    visibility,
  });
  const rows: Array<[TestMember, CommunityRole, MembershipStatus]> = [
    [cast.moderator, CommunityRole.MODERATOR, MembershipStatus.ACTIVE],
    [cast.moderator2, CommunityRole.MODERATOR, MembershipStatus.ACTIVE],
    [cast.member, CommunityRole.MEMBER, MembershipStatus.ACTIVE],
    [cast.target, CommunityRole.MEMBER, MembershipStatus.ACTIVE],
    [cast.pending, CommunityRole.MEMBER, MembershipStatus.PENDING],
    [cast.applicant, CommunityRole.MEMBER, MembershipStatus.PENDING],
    [cast.banned, CommunityRole.MEMBER, MembershipStatus.BANNED],
    [cast.bannedTarget, CommunityRole.MEMBER, MembershipStatus.BANNED],
  ];
  const inserted: Array<{ id: string; user_id: string }> = await t.db.query(
    `WITH inserted AS (
       INSERT INTO membership (community_id, user_id, role, status)
       SELECT $1, u, r, s FROM unnest($2::bigint[], $3::community_role[], $4::membership_status[]) AS x(u, r, s)
       RETURNING id::text, user_id::text, status
     ), counted AS (
       UPDATE community SET member_count = member_count + (SELECT count(*) FROM inserted WHERE status = 'ACTIVE') WHERE id = $1
     )
     SELECT id, user_id FROM inserted`,
    [community.id, rows.map(([m]) => m.user.id), rows.map(([, role]) => role), rows.map(([, , status]) => status)],
  );
  const requestId = inserted.find((r) => r.user_id === cast.applicant.user.id)!.id;
  return { id: community.id, slug: community.slug, requestId };
}

// ───────────────────────────── permission matrix ─────────────────────────────

export const ACTORS = ['anonymous', 'nonMember', 'pending', 'member', 'moderator', 'owner', 'banned', 'otherModerator'] as const;
export type Actor = (typeof ACTORS)[number];

export interface CaseContext {
  fx: Fixture;
  cast: Cast;
  /** The acting user's id (null for anonymous). */
  actorId: string | null;
}

/** What a permitted call changes; everything not named here must be exactly as before. */
export interface ExpectedChange {
  /** Columns of the community row that change (updated_at is then ignored). */
  community?: Record<string, unknown>;
  memberCountDelta?: number;
  /** By user id: what the membership row must now contain, or null when it must be gone. */
  memberships?: Record<string, Record<string, unknown> | null>;
  /** The moderation_action rows appended, in order. */
  actions?: Array<Record<string, unknown>>;
}

/** A refusal is its error code; a permitted call is what the mutation returns and what it changes. */
export type Outcome = string | { returns: unknown; change?: (ctx: CaseContext) => ExpectedChange };

export interface MatrixRow {
  name: string;
  visibility?: CommunityVisibility;
  /** One mutation; its selection must hold no ids, so `returns` can be a constant. */
  query: string;
  variables: (fx: Fixture, cast: Cast) => Record<string, unknown>;
  outcomes: Record<Actor, Outcome>;
}

const withoutUpdatedAt = (row: Record<string, unknown> | undefined) => {
  const { updated_at: _ignored, ...rest } = row ?? {};
  return rest;
};

export function expectChange(before: CommunitySnapshot, after: CommunitySnapshot, change: ExpectedChange): void {
  if (change.community || change.memberCountDelta) {
    expect(withoutUpdatedAt(after.community)).toEqual({
      ...withoutUpdatedAt(before.community),
      ...change.community,
      member_count: (before.community!.member_count as number) + (change.memberCountDelta ?? 0),
    });
  } else {
    expect(after.community).toEqual(before.community);
  }

  const byUser = (rows: Array<Record<string, unknown>>) => new Map(rows.map((r) => [r.user_id as string, r]));
  const [was, now] = [byUser(before.memberships), byUser(after.memberships)];
  const expected = change.memberships ?? {};
  for (const userId of new Set([...was.keys(), ...now.keys()])) {
    const label = { userId, row: now.get(userId) ?? null };
    if (!(userId in expected)) expect(label).toEqual({ userId, row: was.get(userId) ?? null });
    else if (expected[userId] === null) expect(label).toEqual({ userId, row: null });
    else expect(label).toEqual({ userId, row: expect.objectContaining(expected[userId]) });
  }
  for (const userId of Object.keys(expected)) if (expected[userId] !== null) expect(now.has(userId)).toBe(true);

  expect(after.actions.slice(0, before.actions.length)).toEqual(before.actions);
  expect(after.actions.slice(before.actions.length)).toEqual((change.actions ?? []).map((a) => expect.objectContaining(a)));
}

/** `rows × ACTORS` as it.each cases, titled `<mutation> by <actor> → <code or OK>`. */
export const matrixCases = (rows: MatrixRow[]): Array<[string, MatrixRow, Actor]> =>
  rows.flatMap((row) =>
    ACTORS.map((actor): [string, MatrixRow, Actor] => {
      const expected = row.outcomes[actor];
      return [`${row.name} by ${actor} → ${typeof expected === 'string' ? expected : 'OK'}`, row, actor];
    }),
  );

/** Runs one case on a fresh fixture: the exact code and an unchanged database, or the result and exactly the expected change. */
export async function runMatrixCase(t: TestApp, cast: Cast, row: MatrixRow, actor: Actor): Promise<void> {
  const fx = await createFixture(t, cast, row.visibility);
  const acting = actor === 'anonymous' ? null : cast[actor];
  const before = await snapshot(t, fx.id);
  const res = await t.gql(row.query, row.variables(fx, cast), { token: acting?.token });
  const after = await snapshot(t, fx.id);
  const expected = row.outcomes[actor];
  if (typeof expected === 'string') {
    expect(outcome(res)).toBe(expected);
    expect(res.data ?? null).toBeNull();
    expect(after).toEqual(before);
    return;
  }
  expect(firstError(res)).toBeNull();
  expect(Object.values(res.data!)[0]).toEqual(expected.returns);
  expectChange(before, after, expected.change?.({ fx, cast, actorId: acting?.user.id ?? null }) ?? {});
}
