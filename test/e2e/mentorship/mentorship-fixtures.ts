import {
  ActionItemsService,
  MentorProfilesService,
  MentorshipRequestsService,
  MentorshipRoomsService,
  MentorshipSessionsService,
  RoomGoalsService,
  RoomMessagesService,
  RoomStatus,
} from '@kindling/mentorship';
import { expectOk, outcome, refusal, TestApp, TestMember } from '@kindling/testing';
import { UserRole } from '@kindling/users';
import { setPlatformRole } from '../../../scripts/admin-grant';

/** Helpers shared by the mentorship e2e specs: rooms built through the services, and snapshots of everything in them. */

export const inHours = (hours: number) => new Date(Date.now() + hours * 3_600_000);

export async function makeAdmin(t: TestApp, member: TestMember): Promise<TestMember> {
  await setPlatformRole(t.db, member.user.handle, UserRole.ADMIN);
  return member;
}

export async function mentorProfile(
  t: TestApp,
  mentor: TestMember,
  overrides: Partial<{ expertise: string[]; capacity: number; acceptingMentees: boolean; yearsOfExperience: number }> = {},
) {
  return t.app.get(MentorProfilesService).upsert(mentor.user.id, {
    expertise: ['rust', 'wasm'],
    yearsOfExperience: 8,
    about: 'Systems programmer',
    acceptingMentees: true,
    capacity: 5,
    ...overrides,
  });
}

/** A PENDING request from mentee to mentor (the mentor gets a profile first when they have none). */
export async function pendingRequest(t: TestApp, mentor: TestMember, mentee: TestMember, goals: string[] = ['Ship a WASM demo']) {
  if (!(await t.app.get(MentorProfilesService).findByUserId(mentor.user.id))) await mentorProfile(t, mentor);
  return t.app.get(MentorshipRequestsService).create(mentee.user.id, { mentorId: mentor.user.id, message: 'Would you mentor me?', goals });
}

/** An ACTIVE room between the two, opened by accepting a request. */
export async function openRoom(t: TestApp, mentor: TestMember, mentee: TestMember): Promise<string> {
  const request = await pendingRequest(t, mentor, mentee);
  const accepted = await t.app.get(MentorshipRequestsService).respond(mentor.user.id, request.id, true, 'Happy to');
  return accepted.roomId!;
}

export interface RoomFixture {
  mentor: TestMember;
  mentee: TestMember;
  roomId: string;
  goalId: string;
  /** A SCHEDULED session that has started (so it can be completed). */
  sessionId: string;
  /** Action items of a completed session: one assigned to the mentee (the default), one to the mentor. */
  menteeItemId: string;
  mentorItemId: string;
}

/** Moves a session's start an hour into the past: sessions are scheduled in the future and completed once started. */
export async function startSession(t: TestApp, sessionId: string): Promise<void> {
  await t.db.query(`UPDATE mentorship_session SET scheduled_at = now() - interval '1 hour' WHERE id = $1`, [sessionId]);
}

/** A room with a little of everything in it; COMPLETED on request (then only feedback is open). */
export async function roomFixture(t: TestApp, options: { status?: RoomStatus } = {}): Promise<RoomFixture> {
  const [mentor, mentee] = await t.factories.members(2);
  const roomId = await openRoom(t, mentor, mentee);
  const goal = await t.app.get(RoomGoalsService).add(mentee.user.id, roomId, { title: 'Ship a WASM demo' });
  const sessions = t.app.get(MentorshipSessionsService);
  const done = await sessions.schedule(mentor.user.id, roomId, { scheduledAt: inHours(1), durationMinutes: 30 });
  await startSession(t, done.id);
  await sessions.complete(mentor.user.id, done.id, {
    notes: 'Good start',
    actionItems: [{ title: 'Read the book' }, { title: 'Send examples', assigneeId: mentor.user.id }],
  });
  const [menteeItem, mentorItem] = (await t.app.get(ActionItemsService).forSessions([done.id])).get(done.id)!;
  const session = await sessions.schedule(mentee.user.id, roomId, { scheduledAt: inHours(48), durationMinutes: 60, agenda: 'Review' });
  await startSession(t, session.id);
  await t.app.get(RoomMessagesService).send(mentee.user.id, roomId, 'Hello!');
  if (options.status && options.status !== RoomStatus.ACTIVE)
    await t.app.get(MentorshipRoomsService).setStatus(mentor.user.id, roomId, options.status);
  return { mentor, mentee, roomId, goalId: goal.id, sessionId: session.id, menteeItemId: menteeItem.id, mentorItemId: mentorItem.id };
}

/** Every row of the room and of its mentor's profile: equal before and after a refused call proves nothing was written. */
export async function roomRows(t: TestApp, fx: Pick<RoomFixture, 'roomId' | 'mentor'>): Promise<Record<string, unknown[]>> {
  const byRoom = (table: string, order: string) => t.db.query(`SELECT * FROM ${table} WHERE room_id = $1 ORDER BY ${order}`, [fx.roomId]);
  const [room, goals, sessions, items, messages, feedback, profile] = await Promise.all([
    t.db.query(`SELECT * FROM mentorship_room WHERE id = $1`, [fx.roomId]),
    byRoom('room_goal', 'id'),
    byRoom('mentorship_session', 'id'),
    byRoom('action_item', 'id'),
    byRoom('room_message', 'id'),
    byRoom('room_feedback', 'author_id'),
    t.db.query(`SELECT * FROM mentor_profile WHERE user_id = $1`, [fx.mentor.user.id]),
  ]);
  return { room, goals, sessions, items, messages, feedback, profile };
}

export { expectOk, outcome, refusal };
