import { CommunityVisibility } from '@kindling/communities';
import { ProgramRoomsService } from '@kindling/mentorship';
import { ProgramMatchingService, ProgramRole, ProgramsService, ProgramStatus } from '@kindling/programs';
import { createTestApp, TestApp, TestMember, waitUntil } from '@kindling/testing';
import {
  acceptApplicant,
  CommunityFixture,
  createCast,
  createCommunity,
  createProgram,
  expectOk,
  outcome,
  ProgramCast,
  refusal,
} from './program-fixtures';

const PUBLISH = `mutation($programId: ID!) { publishProgramMatches(programId: $programId) { id status } }`;
const MATCHES = `query($id: ID!) { program(id: $id) { matches { published mentee { id } mentor { id } room { id program { id } } } } }`;
const ROOM_GOALS = `query($id: ID!) { mentorshipRoom(id: $id) { id goals { title status } program { id } } }`;
const NOTIFICATIONS = `query { notifications { nodes { type program { id } } } }`;

describe('publishing program matches', () => {
  let t: TestApp;
  let cast: ProgramCast;
  let community: CommunityFixture;
  let mentor: TestMember;
  let mentees: TestMember[];
  let programId: string;

  beforeAll(async () => {
    t = await createTestApp({ worker: true });
    cast = await createCast(t);
    [mentor, ...mentees] = await t.factories.members(3);
    community = await createCommunity(t, cast, CommunityVisibility.PRIVATE, [mentor, ...mentees]);
    programId = await createProgram(t, cast, community.id, ProgramStatus.OPEN, {
      plan: { goals: ['Agree on a cadence', 'Ship a small project'] },
    });
    await acceptApplicant(t, cast.owner.user.id, programId, mentor, ProgramRole.MENTOR, { capacity: 2 });
    for (const mentee of mentees) await acceptApplicant(t, cast.owner.user.id, programId, mentee, ProgramRole.MENTEE);
    await t.app.get(ProgramsService).setStatus(cast.owner.user.id, programId, ProgramStatus.MATCHING);
    await t.app.get(ProgramMatchingService).propose(cast.owner.user.id, programId);
  });
  afterAll(() => t.close());

  const roomsOfProgram = () =>
    t.db.query(`SELECT r.id::text, r.mentee_id::text FROM mentorship_room r WHERE r.mentor_id = $1 ORDER BY r.id`, [mentor.user.id]);

  it('only managers publish', async () => {
    expect(outcome(await t.gql(PUBLISH, { programId }, { token: cast.member.token }))).toBe('FORBIDDEN');
    expect(outcome(await t.gql(PUBLISH, { programId }, { token: cast.outsider.token }))).toBe('NOT_FOUND');
    expect(await roomsOfProgram()).toEqual([]);
  });

  it('opens one room per match with the plan goals, and the program turns ACTIVE', async () => {
    expect(expectOk(await t.gql(PUBLISH, { programId }, { token: cast.moderator.token })).publishProgramMatches.status).toBe('ACTIVE');
    const rooms = await roomsOfProgram();
    expect(rooms.map((r: { mentee_id: string }) => r.mentee_id).sort()).toEqual(mentees.map((m) => m.user.id).sort());
    for (const mentee of mentees) {
      const room = rooms.find((r: { mentee_id: string }) => r.mentee_id === mentee.user.id);
      const read = expectOk(await t.gql(ROOM_GOALS, { id: room.id }, { token: mentee.token })).mentorshipRoom;
      expect(read).toEqual({
        id: room.id,
        program: { id: programId },
        goals: [
          { title: 'Agree on a cadence', status: 'OPEN' },
          { title: 'Ship a small project', status: 'OPEN' },
        ],
      });
    }
  });

  it('publishing again (or a retry) opens no second room and changes nothing', async () => {
    const before = await roomsOfProgram();
    const res = await Promise.all([1, 2].map(() => t.gql(PUBLISH, { programId }, { token: cast.owner.token })));
    for (const r of res) expect(expectOk(r).publishProgramMatches.status).toBe('ACTIVE');
    expect(await roomsOfProgram()).toEqual(before);
  });

  it('managers see the published matches but not the rooms; each participant sees their own pair and room', async () => {
    const managed = expectOk(await t.gql(MATCHES, { id: programId }, { token: cast.owner.token })).program.matches;
    expect(managed).toHaveLength(2);
    for (const m of managed) expect(m).toMatchObject({ published: true, room: null });
    const own = expectOk(await t.gql(MATCHES, { id: programId }, { token: mentees[0].token })).program.matches;
    expect(own).toEqual([
      expect.objectContaining({ mentee: { id: mentees[0].user.id }, room: { id: expect.any(String), program: { id: programId } } }),
    ]);
    expect(expectOk(await t.gql(MATCHES, { id: programId }, { token: cast.member.token })).program.matches).toEqual([]);
  });

  it('notifies the mentee and the mentor of each pair once (PROGRAM_MATCHED)', async () => {
    const matchedOf = async (member: TestMember) =>
      (expectOk(await t.gql(NOTIFICATIONS, {}, { token: member.token })).notifications.nodes as Array<{ type: string }>).filter(
        (n) => n.type === 'PROGRAM_MATCHED',
      );
    await waitUntil('both mentees to be told', async () => (await Promise.all(mentees.map(matchedOf))).every((n) => n.length === 1));
    // The mentor hears once per pair (one notification per room).
    await waitUntil('the mentor to be told of both rooms', async () => (await matchedOf(mentor)).length === 2);
    expect(await matchedOf(mentees[0])).toEqual([{ type: 'PROGRAM_MATCHED', program: { id: programId } }]);
  });

  it('a crash halfway leaves nothing behind, and the retry publishes every match once', async () => {
    const [otherMentor, ...others] = await t.factories.members(3);
    const place = await createCommunity(t, cast, CommunityVisibility.PUBLIC, [otherMentor, ...others]);
    const id = await createProgram(t, cast, place.id, ProgramStatus.OPEN);
    await acceptApplicant(t, cast.owner.user.id, id, otherMentor, ProgramRole.MENTOR, { capacity: 2 });
    for (const mentee of others) await acceptApplicant(t, cast.owner.user.id, id, mentee, ProgramRole.MENTEE);
    await t.app.get(ProgramsService).setStatus(cast.owner.user.id, id, ProgramStatus.MATCHING);
    await t.app.get(ProgramMatchingService).propose(cast.owner.user.id, id);

    const rooms = t.app.get(ProgramRoomsService);
    const open = rooms.open.bind(rooms);
    let calls = 0;
    const spy = jest.spyOn(rooms, 'open').mockImplementation(async (em, input) => {
      if (++calls === 2) throw new Error('crash while opening the second room');
      return open(em, input);
    });
    try {
      expect(outcome(await t.gql(PUBLISH, { programId: id }, { token: cast.owner.token }))).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      spy.mockRestore();
    }
    const roomsOf = () =>
      t.db.query(`SELECT mentee_id::text FROM mentorship_room WHERE mentor_id = $1 ORDER BY mentee_id`, [otherMentor.user.id]);
    expect(await roomsOf()).toEqual([]);
    expect((await t.app.get(ProgramsService).find(cast.owner.user.id, id))?.program.status).toBe('MATCHING');

    expect(expectOk(await t.gql(PUBLISH, { programId: id }, { token: cast.owner.token })).publishProgramMatches.status).toBe('ACTIVE');
    expect(await roomsOf()).toHaveLength(2);
  });

  it('a program not in MATCHING cannot be published', async () => {
    const open = await createProgram(t, cast, community.id, ProgramStatus.OPEN);
    expect(refusal(await t.gql(PUBLISH, { programId: open }, { token: cast.owner.token }))).toMatchObject({
      code: 'CONFLICT',
      field: 'programId',
    });
  });
});
