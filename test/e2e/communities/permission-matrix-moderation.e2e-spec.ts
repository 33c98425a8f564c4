import { createTestApp, TestApp } from '@kindling/testing';
import { Cast, CaseContext, createCast, MatrixRow, matrixCases, runMatrixCase, TestMemberKey } from './community-fixtures';

/**
 * Who may do what to a community, part 2: roles and bans. Only owners change
 * roles; owners and moderators ban, a moderator only plain members and
 * non-members, an owner also moderators, nobody an owner. Refusals carry the
 * exact code and change nothing (community row, memberships, moderation log).
 */

const U = 'UNAUTHENTICATED';
const F = 'FORBIDDEN';
const B = 'BAD_USER_INPUT';

const SET_ROLE = `mutation($c: ID!, $u: ID!, $role: CommunityRole!) { setMemberRole(communityId: $c, userId: $u, role: $role) { role status } }`;
const BAN = `mutation($c: ID!, $u: ID!, $reason: String) { banMember(communityId: $c, userId: $u, reason: $reason) { role status } }`;
const UNBAN = `mutation($c: ID!, $u: ID!) { unbanMember(communityId: $c, userId: $u) }`;

/** Everybody but `allowed` is refused with FORBIDDEN (anonymous: UNAUTHENTICATED). */
function onlyFor(allowed: Partial<MatrixRow['outcomes']>): MatrixRow['outcomes'] {
  return { anonymous: U, nonMember: F, pending: F, member: F, moderator: F, owner: F, banned: F, otherModerator: F, ...allowed };
}

const roleSet = (who: TestMemberKey, from: string, to: string) => ({
  returns: { role: to, status: 'ACTIVE' },
  change: ({ cast, actorId }: CaseContext) => ({
    memberships: { [cast[who].user.id]: { role: to, status: 'ACTIVE' } },
    actions: [{ type: 'SET_ROLE', moderator_id: actorId, target_user_id: cast[who].user.id, reason: `${from} → ${to}` }],
  }),
});

/** A ban keeps (or creates) the row as BANNED MEMBER, moves memberCount when it was ACTIVE, and is logged with its reason. */
const banned = (who: TestMemberKey, wasActive: boolean) => ({
  returns: { role: 'MEMBER', status: 'BANNED' },
  change: ({ cast, actorId }: CaseContext) => ({
    memberships: { [cast[who].user.id]: { role: 'MEMBER', status: 'BANNED' } },
    memberCountDelta: wasActive ? -1 : 0,
    actions: [{ type: 'BAN_MEMBER', moderator_id: actorId, target_user_id: cast[who].user.id, reason: 'posting spam' }],
  }),
});

const unbanned = {
  returns: true,
  change: ({ cast, actorId }: CaseContext) => ({
    memberships: { [cast.bannedTarget.user.id]: null },
    actions: [{ type: 'UNBAN_MEMBER', moderator_id: actorId, target_user_id: cast.bannedTarget.user.id, reason: null }],
  }),
};

const banOf = (who: TestMemberKey) => (fx: { id: string }, cast: Cast) => ({ c: fx.id, u: cast[who].user.id, reason: 'posting spam' });

const ROWS: MatrixRow[] = [
  {
    name: 'setMemberRole (member → MODERATOR)',
    query: SET_ROLE,
    variables: (fx, cast) => ({ c: fx.id, u: cast.target.user.id, role: 'MODERATOR' }),
    outcomes: onlyFor({ owner: roleSet('target', 'MEMBER', 'MODERATOR') }),
  },
  {
    name: 'setMemberRole (moderator → MEMBER)',
    query: SET_ROLE,
    variables: (fx, cast) => ({ c: fx.id, u: cast.moderator2.user.id, role: 'MEMBER' }),
    outcomes: onlyFor({ owner: roleSet('moderator2', 'MODERATOR', 'MEMBER') }),
  },
  {
    name: 'setMemberRole (member → OWNER)',
    query: SET_ROLE,
    variables: (fx, cast) => ({ c: fx.id, u: cast.target.user.id, role: 'OWNER' }),
    outcomes: onlyFor({ owner: roleSet('target', 'MEMBER', 'OWNER') }),
  },
  {
    name: 'banMember (a member)',
    query: BAN,
    variables: banOf('target'),
    outcomes: onlyFor({ moderator: banned('target', true), owner: banned('target', true) }),
  },
  {
    name: 'banMember (a pending request)',
    query: BAN,
    variables: banOf('applicant'),
    outcomes: onlyFor({ moderator: banned('applicant', false), owner: banned('applicant', false) }),
  },
  {
    name: 'banMember (a non-member)',
    query: BAN,
    variables: banOf('outsider'),
    outcomes: onlyFor({ moderator: banned('outsider', false), owner: banned('outsider', false) }),
  },
  {
    name: 'banMember (a moderator)',
    query: BAN,
    variables: banOf('moderator2'),
    outcomes: onlyFor({ owner: banned('moderator2', true) }),
  },
  {
    name: 'banMember (the owner)',
    query: BAN,
    variables: banOf('owner'),
    outcomes: onlyFor({ owner: B }), // oneself
  },
  {
    name: 'unbanMember',
    query: UNBAN,
    variables: (fx, cast) => ({ c: fx.id, u: cast.bannedTarget.user.id }),
    outcomes: onlyFor({ moderator: unbanned, owner: unbanned }),
  },
];

describe('community permission matrix: roles and bans', () => {
  let t: TestApp;
  let cast: Cast;

  beforeAll(async () => {
    t = await createTestApp();
    cast = await createCast(t);
  });
  afterAll(() => t.close());

  it.each(matrixCases(ROWS))('%s', (_title, row, actor) => runMatrixCase(t, cast, row, actor));
});
