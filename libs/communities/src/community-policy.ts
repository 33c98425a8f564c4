import { CommunityRole, CommunityVisibility, MembershipStatus } from './community.enums';

/** A member's standing in a community, or null for no membership row. */
export type Standing = { role: CommunityRole; status: MembershipStatus } | null;

export const isActive = (s: Standing): boolean => s?.status === MembershipStatus.ACTIVE;

export const isOwner = (s: Standing): boolean => isActive(s) && s!.role === CommunityRole.OWNER;

export const isModerator = (s: Standing): boolean =>
  isActive(s) && (s!.role === CommunityRole.OWNER || s!.role === CommunityRole.MODERATOR);

/** Members, threads, feed, roadmaps and jobs: public communities show them to all, private ones to ACTIVE members. */
export const canSeeInside = (visibility: CommunityVisibility, viewer: Standing): boolean =>
  visibility === CommunityVisibility.PUBLIC || isActive(viewer);

export const isBanned = (s: Standing): boolean => s?.status === MembershipStatus.BANNED;

/**
 * Writing into community content the viewer can see (posting in their thread, commenting, reacting,
 * subscribing, editing): anyone in a public community except its banned members; ACTIVE members in a private one.
 */
export const mayParticipate = (visibility: CommunityVisibility, viewer: Standing): boolean =>
  canSeeInside(visibility, viewer) && !isBanned(viewer);

/** Staff (owners, moderators) are protected from moderators; only owners act on moderators, nobody on owners. */
export function canBan(actor: Standing, target: Standing): boolean {
  if (!isModerator(actor) || target?.role === CommunityRole.OWNER) return false;
  return target?.role !== CommunityRole.MODERATOR || isOwner(actor);
}
