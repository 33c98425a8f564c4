import { CommunityVisibility } from '@kindling/communities';
import { ProgramMatchingService, ProgramPublishingService, ProgramRole, ProgramsService, ProgramStatus } from '@kindling/programs';
import { createTestApp, TestApp, TestMember } from '@kindling/testing';
import { acceptApplicant, createCast, createCommunity, createProgram, expectOk, ProgramCast, refusal } from './program-fixtures';

const UPDATE = `mutation($roomId: ID!, $itemId: ID!, $response: String, $done: Boolean) {
  updateWorkbookEntry(roomId: $roomId, itemId: $itemId, response: $response, done: $done) { item { id week } response completedAt }
}`;
const WORKBOOK = `query($id: ID!) { mentorshipRoom(id: $id) { workbook { item { id week title } response completedAt } } }`;

describe('program workbook', () => {
  let t: TestApp;
  let cast: ProgramCast;
  let mentor: TestMember;
  let mentee: TestMember;
  let roomId: string;
  let itemIds: string[];

  beforeAll(async () => {
    t = await createTestApp();
    cast = await createCast(t);
    [mentor, mentee] = await t.factories.members(2);
    const community = await createCommunity(t, cast, CommunityVisibility.PUBLIC, [mentor, mentee]);
    const programId = await createProgram(t, cast, community.id, ProgramStatus.OPEN, {
      plan: {
        workbook: [
          { week: 2, title: 'Pick a project', instructions: 'Something small' },
          { week: 1, title: 'Goals', instructions: 'Three goals' },
        ],
      },
    });
    await acceptApplicant(t, cast.owner.user.id, programId, mentor, ProgramRole.MENTOR);
    await acceptApplicant(t, cast.owner.user.id, programId, mentee, ProgramRole.MENTEE);
    await t.app.get(ProgramsService).setStatus(cast.owner.user.id, programId, ProgramStatus.MATCHING);
    await t.app.get(ProgramMatchingService).propose(cast.owner.user.id, programId);
    await t.app.get(ProgramPublishingService).publish(cast.owner.user.id, programId);
    [{ id: roomId }] = await t.db.query(`SELECT id::text FROM mentorship_room WHERE mentor_id = $1`, [mentor.user.id]);
    itemIds = (await t.db.query(`SELECT id::text FROM program_workbook_item WHERE program_id = $1 ORDER BY week`, [programId])).map(
      (r: { id: string }) => r.id,
    );
  });
  afterAll(() => t.close());

  const update = (member: TestMember, variables: Record<string, unknown>) =>
    t.gql(UPDATE, { roomId, ...variables }, { token: member.token });

  it('the room shows the workbook by week, empty of responses', async () => {
    const { workbook } = expectOk(await t.gql(WORKBOOK, { id: roomId }, { token: mentee.token })).mentorshipRoom;
    expect(workbook).toEqual([
      { item: { id: itemIds[0], week: 1, title: 'Goals' }, response: null, completedAt: null },
      { item: { id: itemIds[1], week: 2, title: 'Pick a project' }, response: null, completedAt: null },
    ]);
  });

  it('only the mentee writes: the mentor is FORBIDDEN, managers and others NOT_FOUND', async () => {
    expect(refusal(await update(mentor, { itemId: itemIds[0], response: 'x' }))).toMatchObject({ code: 'FORBIDDEN', field: 'roomId' });
    for (const other of [cast.owner, cast.member]) {
      expect(refusal(await update(other, { itemId: itemIds[0], response: 'x' }))).toMatchObject({ code: 'NOT_FOUND', field: 'roomId' });
    }
    expect(refusal(await update(mentee, { itemId: '999999', response: 'x' }))).toMatchObject({ code: 'NOT_FOUND', field: 'itemId' });
    expect(await t.db.query(`SELECT id FROM program_workbook_entry WHERE room_id = $1`, [roomId])).toEqual([]);
  });

  it('the mentee fills in a response and marks it done; omitted fields stay; the mentor reads it', async () => {
    expect(expectOk(await update(mentee, { itemId: itemIds[0], response: 'Ship a CLI' })).updateWorkbookEntry).toMatchObject({
      response: 'Ship a CLI',
      completedAt: null,
    });
    const done = expectOk(await update(mentee, { itemId: itemIds[0], done: true })).updateWorkbookEntry;
    expect(done).toMatchObject({ response: 'Ship a CLI', completedAt: expect.any(String) });
    const { workbook } = expectOk(await t.gql(WORKBOOK, { id: roomId }, { token: mentor.token })).mentorshipRoom;
    expect(workbook[0]).toMatchObject({ response: 'Ship a CLI', completedAt: done.completedAt });
    expect(expectOk(await update(mentee, { itemId: itemIds[0], done: false })).updateWorkbookEntry.completedAt).toBeNull();
  });

  it('managers cannot read responses: the room is invisible to them', async () => {
    expect(expectOk(await t.gql(WORKBOOK, { id: roomId }, { token: cast.owner.token })).mentorshipRoom).toBeNull();
  });
});
