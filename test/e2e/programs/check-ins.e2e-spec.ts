import { CommunityVisibility } from '@kindling/communities';
import {
  ProgramClock,
  ProgramMatchingService,
  ProgramPublishingService,
  ProgramRole,
  ProgramsService,
  ProgramStatus,
} from '@kindling/programs';
import { createTestApp, TestApp, TestMember } from '@kindling/testing';
import { acceptApplicant, createCast, createCommunity, createProgram, expectOk, ProgramCast, refusal } from './program-fixtures';

const SUBMIT = `mutation($roomId: ID!, $rating: Int!, $note: String) {
  submitCheckIn(roomId: $roomId, rating: $rating, note: $note) { id rating note author { id } }
}`;
const CHECK_INS = `query($id: ID!) { mentorshipRoom(id: $id) { checkIns { rating note author { id } } } }`;
const DAY_MS = 86_400_000;

describe('program check-ins', () => {
  let t: TestApp;
  let cast: ProgramCast;
  let mentor: TestMember;
  let mentee: TestMember;
  let roomId: string;
  let now: Date;

  beforeAll(async () => {
    t = await createTestApp();
    now = new Date('2030-03-04T10:00:00Z');
    jest.spyOn(t.app.get(ProgramClock), 'now').mockImplementation(() => now);
    cast = await createCast(t);
    [mentor, mentee] = await t.factories.members(2);
    const community = await createCommunity(t, cast, CommunityVisibility.PUBLIC, [mentor, mentee]);
    const programId = await createProgram(t, cast, community.id, ProgramStatus.OPEN);
    await acceptApplicant(t, cast.owner.user.id, programId, mentor, ProgramRole.MENTOR);
    await acceptApplicant(t, cast.owner.user.id, programId, mentee, ProgramRole.MENTEE);
    await t.app.get(ProgramsService).setStatus(cast.owner.user.id, programId, ProgramStatus.MATCHING);
    await t.app.get(ProgramMatchingService).propose(cast.owner.user.id, programId);
    await t.app.get(ProgramPublishingService).publish(cast.owner.user.id, programId);
    [{ id: roomId }] = await t.db.query(`SELECT id::text FROM mentorship_room WHERE mentor_id = $1`, [mentor.user.id]);
  });
  afterAll(() => t.close());

  const submit = (member: TestMember, rating: number, note?: string) => t.gql(SUBMIT, { roomId, rating, note }, { token: member.token });

  it.each([0, 6, -1])('a rating of %p is BAD_USER_INPUT naming rating, and nothing is written', async (rating) => {
    expect(refusal(await submit(mentee, rating))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'rating' });
    expect(await t.db.query(`SELECT id FROM program_check_in WHERE room_id = $1`, [roomId])).toEqual([]);
  });

  it('managers and other members cannot check in: the room is NOT_FOUND to them', async () => {
    for (const outsider of [cast.owner, cast.moderator, cast.member]) {
      expect(refusal(await submit(outsider, 4))).toMatchObject({ code: 'NOT_FOUND', field: 'roomId' });
    }
  });

  it('each participant checks in once a day; the next day they may again', async () => {
    expect(expectOk(await submit(mentee, 2, 'Hard week')).submitCheckIn).toMatchObject({
      rating: 2,
      note: 'Hard week',
      author: { id: mentee.user.id },
    });
    expect(expectOk(await submit(mentor, 4)).submitCheckIn).toMatchObject({ rating: 4, note: null });
    expect(refusal(await submit(mentee, 5))).toMatchObject({ code: 'CONFLICT', field: 'roomId' });
    now = new Date(now.getTime() + DAY_MS);
    expect(expectOk(await submit(mentee, 5, 'Better')).submitCheckIn.rating).toBe(5);
  });

  it('both participants read them newest first; others cannot reach the room', async () => {
    const expected = [
      { rating: 5, note: 'Better', author: { id: mentee.user.id } },
      { rating: 4, note: null, author: { id: mentor.user.id } },
      { rating: 2, note: 'Hard week', author: { id: mentee.user.id } },
    ];
    for (const participant of [mentor, mentee]) {
      expect(expectOk(await t.gql(CHECK_INS, { id: roomId }, { token: participant.token })).mentorshipRoom.checkIns).toEqual(expected);
    }
    expect(expectOk(await t.gql(CHECK_INS, { id: roomId }, { token: cast.owner.token })).mentorshipRoom).toBeNull();
  });
});
