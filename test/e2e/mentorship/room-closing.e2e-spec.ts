import { createTestApp, expectStatementCount, TestApp, TestMember } from '@kindling/testing';
import { expectOk, mentorProfile, openRoom, outcome, refusal } from './mentorship-fixtures';
import { FEEDBACK, PROFILE, ROOM, STATUS } from './room-ops';

/** Pausing and completing a room, the closing feedback and the mentor's rating; and the cost of listing rooms. */
describe('closing a mentorship room', () => {
  let t: TestApp;
  let mentor: TestMember;
  let mentee: TestMember;
  let roomId: string;
  const room = async (vars: Record<string, unknown> = {}) =>
    expectOk(await t.gql(ROOM, { r: roomId, ...vars }, { token: mentee.token })).mentorshipRoom;

  beforeAll(async () => {
    t = await createTestApp();
    [mentor, mentee] = await t.factories.members(2);
    roomId = await openRoom(t, mentor, mentee);
  });
  afterAll(() => t.close());

  it('pauses, resumes and completes; completion frees the slot and opens feedback, once each', async () => {
    const set = async (s: string, who = mentee) => outcome(await t.gql(STATUS, { r: roomId, s }, { token: who.token }));
    expect(await set('PAUSED')).toBe('OK');
    expect(expectOk(await t.gql(PROFILE, { h: mentor.user.handle })).user.mentorProfile.activeMenteeCount).toBe(1);
    expect(outcome(await t.gql(FEEDBACK, { r: roomId, rating: 5 }, { token: mentee.token }))).toBe('CONFLICT');
    expect(await set('ACTIVE', mentor)).toBe('OK');
    expect(await set('COMPLETED')).toBe('OK');
    expect(await set('ACTIVE')).toBe('CONFLICT');
    expect(expectOk(await t.gql(PROFILE, { h: mentor.user.handle })).user.mentorProfile).toEqual({
      activeMenteeCount: 0,
      averageRating: null,
      ratingCount: 0,
    });

    expect(refusal(await t.gql(FEEDBACK, { r: roomId, rating: 6 }, { token: mentee.token }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'rating',
    });
    expect(refusal(await t.gql(FEEDBACK, { r: roomId, rating: 0 }, { token: mentee.token }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'rating',
    });
    expect(
      expectOk(await t.gql(FEEDBACK, { r: roomId, rating: 4, comment: 'Helpful' }, { token: mentee.token })).submitRoomFeedback,
    ).toEqual({
      rating: 4,
      comment: 'Helpful',
      author: { id: mentee.user.id },
    });
    expect(outcome(await t.gql(FEEDBACK, { r: roomId, rating: 5 }, { token: mentee.token }))).toBe('CONFLICT');
    // The mentor's feedback stays in the room and rates no one.
    expect(outcome(await t.gql(FEEDBACK, { r: roomId, rating: 2, comment: 'Often late' }, { token: mentor.token }))).toBe('OK');
    expect(expectOk(await t.gql(PROFILE, { h: mentor.user.handle })).user.mentorProfile).toEqual({
      activeMenteeCount: 0,
      averageRating: 4,
      ratingCount: 1,
    });
    expect((await room()).feedback).toEqual([
      { rating: 4, comment: 'Helpful', author: { id: mentee.user.id } },
      { rating: 2, comment: 'Often late', author: { id: mentor.user.id } },
    ]);
  });

  it('loads a page of rooms with a fixed number of statements', async () => {
    const [busyMentor, ...mentees] = await t.factories.members(6);
    await mentorProfile(t, busyMentor, { capacity: 10 });
    for (const m of mentees) await openRoom(t, busyMentor, m);
    const MY = `query { myRooms(first: 10) { nodes { id status progress mentor { handle mentorProfile { capacity } } mentee { handle } goals { title } feedback { rating } agreement { goals } } } }`;
    const { result } = await expectStatementCount(t.queries, () => t.gql(MY, {}, { token: busyMentor.token }), { max: 6 });
    expect(expectOk(result).myRooms.nodes).toHaveLength(5);
  });
});
