import { canBan, canSeeInside, isActive, isModerator, isOwner, mayParticipate, Standing } from './community-policy';
import { CommunityRole, CommunityVisibility, MembershipStatus } from './community.enums';

const { OWNER, MODERATOR, MEMBER } = CommunityRole;
const { ACTIVE, PENDING, BANNED } = MembershipStatus;
const standing = (role: CommunityRole, status: MembershipStatus): Standing => ({ role, status });

/** Every standing a row can have, plus "no membership row". */
const STANDINGS: Array<[string, Standing]> = [
  ['no membership', null],
  ['active owner', standing(OWNER, ACTIVE)],
  ['active moderator', standing(MODERATOR, ACTIVE)],
  ['active member', standing(MEMBER, ACTIVE)],
  ['pending member', standing(MEMBER, PENDING)],
  ['banned member', standing(MEMBER, BANNED)],
  // Not produced by the services today (a ban resets the role), but the policy must not trust the role alone.
  ['pending owner', standing(OWNER, PENDING)],
  ['banned owner', standing(OWNER, BANNED)],
  ['pending moderator', standing(MODERATOR, PENDING)],
  ['banned moderator', standing(MODERATOR, BANNED)],
];

const by = (name: string): Standing => STANDINGS.find(([n]) => n === name)![1];

describe('isActive / isOwner / isModerator', () => {
  it.each(STANDINGS)('%s', (name, s) => {
    expect({ active: isActive(s), owner: isOwner(s), moderator: isModerator(s) }).toEqual({
      active: name.startsWith('active'),
      owner: name === 'active owner',
      moderator: name === 'active owner' || name === 'active moderator',
    });
  });
});

describe('canSeeInside', () => {
  it.each(STANDINGS)('a public community shows its inside to %s', (_, s) => {
    expect(canSeeInside(CommunityVisibility.PUBLIC, s)).toBe(true);
  });

  it.each(STANDINGS)('a private community shows its inside to %s only when ACTIVE', (name, s) => {
    expect(canSeeInside(CommunityVisibility.PRIVATE, s)).toBe(name.startsWith('active'));
  });
});

describe('mayParticipate', () => {
  it.each(STANDINGS)('a public community takes writes from %s unless banned', (name, s) => {
    expect(mayParticipate(CommunityVisibility.PUBLIC, s)).toBe(!name.startsWith('banned'));
  });

  it.each(STANDINGS)('a private community takes writes from %s only when ACTIVE', (name, s) => {
    expect(mayParticipate(CommunityVisibility.PRIVATE, s)).toBe(name.startsWith('active'));
  });
});

describe('canBan', () => {
  // [actor, target, allowed]
  const table: Array<[string, string, boolean]> = [
    // Owners: anyone but owners.
    ['active owner', 'no membership', true],
    ['active owner', 'active member', true],
    ['active owner', 'pending member', true],
    ['active owner', 'banned member', true],
    ['active owner', 'active moderator', true],
    ['active owner', 'active owner', false],
    ['active owner', 'pending owner', false],
    // Moderators: plain members and non-members, never staff.
    ['active moderator', 'no membership', true],
    ['active moderator', 'active member', true],
    ['active moderator', 'pending member', true],
    ['active moderator', 'banned member', true],
    ['active moderator', 'active moderator', false],
    ['active moderator', 'active owner', false],
    ['active moderator', 'banned owner', false],
    // Nobody else, whatever the target.
    ['no membership', 'active member', false],
    ['no membership', 'no membership', false],
    ['active member', 'active member', false],
    ['active member', 'no membership', false],
    ['pending member', 'active member', false],
    ['banned member', 'active member', false],
    ['pending owner', 'active member', false],
    ['banned owner', 'active member', false],
    ['pending moderator', 'active member', false],
    ['banned moderator', 'no membership', false],
  ];

  it.each(table)('%s → %s: %s', (actor, target, allowed) => {
    expect(canBan(by(actor), by(target))).toBe(allowed);
  });

  it('over every pair: only active staff ban, nobody bans an owner, only owners ban moderators', () => {
    for (const [, actor] of STANDINGS) {
      for (const [, target] of STANDINGS) {
        const result = canBan(actor, target);
        if (!isModerator(actor) || target?.role === OWNER) expect(result).toBe(false);
        if (target?.role === MODERATOR) expect(result).toBe(isOwner(actor));
      }
    }
  });
});
