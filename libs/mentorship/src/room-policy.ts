import { GoalStatus, MentorshipRole, RoomStatus } from './mentorship.enums';

/** Who is who in a room. Pure rules: the services load the rows and apply these. */
export interface RoomParties {
  mentorId: string;
  menteeId: string;
}

/** The viewer's part in the room, or null for everyone else (platform staff included): they see nothing. */
export function roleIn(room: RoomParties, userId: string | null | undefined): MentorshipRole | null {
  if (!userId) return null;
  if (room.mentorId === userId) return MentorshipRole.MENTOR;
  if (room.menteeId === userId) return MentorshipRole.MENTEE;
  return null;
}

export const isParticipant = (room: RoomParties, userId: string | null | undefined): boolean => roleIn(room, userId) !== null;

/** The other participant (the one to notify). */
export const otherParticipant = (room: RoomParties, userId: string): string => (room.mentorId === userId ? room.menteeId : room.mentorId);

/** A COMPLETED room takes no more writes, except each participant's feedback. */
export const acceptsWrites = (status: RoomStatus): boolean => status !== RoomStatus.COMPLETED;

/** ACTIVE ↔ PAUSED, and either to COMPLETED (final). Staying put is allowed (a no-op). */
export function canMoveRoom(from: RoomStatus, to: RoomStatus): boolean {
  if (from === to) return true;
  return from !== RoomStatus.COMPLETED;
}

/** An action item is ticked by its assignee or by the room's mentor. */
export const canTickActionItem = (room: RoomParties, assigneeId: string, userId: string): boolean =>
  userId === assigneeId || userId === room.mentorId;

/** `completedAt` after a goal's status moves: set on reaching DONE, kept while DONE, cleared when leaving it. */
export function goalCompletedAt(from: GoalStatus, to: GoalStatus, completedAt: Date | null, now: Date): Date | null {
  if (to !== GoalStatus.DONE) return null;
  return from === GoalStatus.DONE ? completedAt : now;
}

/** Share of goals that are DONE, 0..1 (0 for a room without goals). */
export function roomProgress(statuses: readonly GoalStatus[]): number {
  if (statuses.length === 0) return 0;
  return statuses.filter((s) => s === GoalStatus.DONE).length / statuses.length;
}
