import { createTestApp, TestApp, TestMember } from '@kindling/testing';
import { expectOk, inHours, openRoom, outcome, refusal, roomRows, startSession } from './mentorship-fixtures';
import { ADD_GOAL, AGREEMENT, CANCEL, COMPLETE, ROOM, SCHEDULE, SEND, UPDATE_GOAL } from './room-ops';

/** Inside a room: the agreement, goals and progress, sessions and action items, and the chat. */
describe('inside a mentorship room', () => {
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

  it('starts ACTIVE and empty', async () => {
    expect(await room()).toMatchObject({
      status: 'ACTIVE',
      progress: 0,
      agreement: { goals: null, cadence: null, expectations: null, updatedAt: null },
      goals: [],
      feedback: [],
    });
  });

  it('edits the agreement field by field; null clears one', async () => {
    const set = async (input: Record<string, unknown>) =>
      expectOk(await t.gql(AGREEMENT, { r: roomId, input }, { token: mentor.token })).updateRoomAgreement.agreement;
    expect(await set({ goals: 'Ship a demo', cadence: 'Weekly' })).toMatchObject({
      goals: 'Ship a demo',
      cadence: 'Weekly',
      expectations: null,
      updatedAt: expect.any(String),
    });
    expect(await set({ expectations: 'Come prepared' })).toMatchObject({
      goals: 'Ship a demo',
      cadence: 'Weekly',
      expectations: 'Come prepared',
    });
    expect(await set({ cadence: null })).toMatchObject({ goals: 'Ship a demo', cadence: null, expectations: 'Come prepared' });
    expect(refusal(await t.gql(AGREEMENT, { r: roomId, input: { cadence: 'x'.repeat(501) } }, { token: mentor.token }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'cadence',
    });
  });

  it('moves goals; DONE sets completedAt, leaving DONE clears it; progress is the share DONE', async () => {
    const add = async (title: string) =>
      expectOk(await t.gql(ADD_GOAL, { r: roomId, input: { title, dueAt: inHours(24 * 30).toISOString() } }, { token: mentee.token }))
        .addRoomGoal;
    const first = await add('Read the book');
    const second = await add('Give a talk');
    expect(first).toMatchObject({ status: 'OPEN', completedAt: null });
    const move = async (id: string, input: Record<string, unknown>) =>
      expectOk(await t.gql(UPDATE_GOAL, { g: id, input }, { token: mentor.token })).updateRoomGoal;
    expect(await move(first.id, { status: 'IN_PROGRESS' })).toMatchObject({ status: 'IN_PROGRESS', completedAt: null });
    const done = await move(first.id, { status: 'DONE' });
    expect(done.completedAt).toEqual(expect.any(String));
    expect(await move(first.id, { title: 'Read the whole book', description: 'All of it' })).toMatchObject({
      status: 'DONE',
      completedAt: done.completedAt,
    });
    expect((await room()).progress).toBe(0.5);
    expect(await move(first.id, { status: 'OPEN' })).toMatchObject({ status: 'OPEN', completedAt: null });
    await move(first.id, { status: 'DONE' });
    await move(second.id, { status: 'DONE' });
    expect((await room()).progress).toBe(1);
    expect(refusal(await t.gql(ADD_GOAL, { r: roomId, input: { title: '  ' } }, { token: mentee.token }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'title',
    });
    expect(refusal(await t.gql(UPDATE_GOAL, { g: first.id, input: { status: 'NOPE' } }, { token: mentee.token }))?.code).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('schedules sessions in the future for 15 to 240 minutes, writing nothing otherwise', async () => {
    const before = await roomRows(t, { roomId, mentor });
    const schedule = (input: Record<string, unknown>) => t.gql(SCHEDULE, { r: roomId, input }, { token: mentee.token });
    expect(refusal(await schedule({ scheduledAt: inHours(-1).toISOString(), durationMinutes: 30 }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'scheduledAt',
    });
    expect(refusal(await schedule({ scheduledAt: inHours(2).toISOString(), durationMinutes: 14 }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'durationMinutes',
    });
    expect(refusal(await schedule({ scheduledAt: inHours(2).toISOString(), durationMinutes: 241 }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'durationMinutes',
    });
    expect(refusal(await schedule({ scheduledAt: inHours(2).toISOString(), durationMinutes: 30, agenda: 'x'.repeat(2001) }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'agenda',
    });
    expect(await roomRows(t, { roomId, mentor })).toEqual(before);
    for (const [hours, minutes] of [
      [1, 15],
      [2, 240],
    ]) {
      expect(outcome(await schedule({ scheduledAt: inHours(hours).toISOString(), durationMinutes: minutes, agenda: `in ${hours}h` }))).toBe(
        'OK',
      );
    }
  });

  it('completes a session once it has started, with notes and action items (the mentee by default), once; a participant ticks them', async () => {
    const session = expectOk(
      await t.gql(SCHEDULE, { r: roomId, input: { scheduledAt: inHours(3).toISOString(), durationMinutes: 45 } }, { token: mentor.token }),
    ).scheduleSession;
    const early = await t.gql(COMPLETE, { s: session.id, input: { notes: 'too soon' } }, { token: mentor.token });
    expect({ ...refusal(early), reason: early.errors?.[0].extensions?.reason }).toEqual({
      code: 'CONFLICT',
      field: 'sessionId',
      reason: 'SESSION_NOT_STARTED',
    });
    await startSession(t, session.id);
    const [stranger] = await t.factories.members(1);
    const before = await roomRows(t, { roomId, mentor });
    const withStranger = await t.gql(
      COMPLETE,
      { s: session.id, input: { notes: 'x', actionItems: [{ title: 'ok' }, { title: 'not theirs', assigneeId: stranger.user.id }] } },
      { token: mentor.token },
    );
    expect(refusal(withStranger)).toEqual({ code: 'BAD_USER_INPUT', field: 'actionItems.1.assigneeId' });
    expect(refusal(await t.gql(COMPLETE, { s: session.id, input: { actionItems: [{ title: ' ' }] } }, { token: mentor.token }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'actionItems.0.title',
    });
    expect(await roomRows(t, { roomId, mentor })).toEqual(before);

    const completed = expectOk(
      await t.gql(
        COMPLETE,
        {
          s: session.id,
          input: { notes: 'Went well', actionItems: [{ title: 'Practise' }, { title: 'Send slides', assigneeId: mentor.user.id }] },
        },
        { token: mentor.token },
      ),
    ).completeSession;
    expect(completed).toMatchObject({
      status: 'COMPLETED',
      notes: 'Went well',
      actionItems: [
        { title: 'Practise', done: false, assignee: { id: mentee.user.id } },
        { title: 'Send slides', done: false, assignee: { id: mentor.user.id } },
      ],
    });
    expect(outcome(await t.gql(COMPLETE, { s: session.id, input: {} }, { token: mentee.token }))).toBe('CONFLICT');
    expect(outcome(await t.gql(CANCEL, { s: session.id }, { token: mentee.token }))).toBe('CONFLICT');
    const tick = (id: string, done: boolean, who: TestMember) =>
      t.gql(
        `mutation($i: ID!, $d: Boolean!) { setActionItemDone(actionItemId: $i, done: $d) { done } }`,
        { i: id, d: done },
        { token: who.token },
      );
    const [practise, slides] = completed.actionItems;
    expect(expectOk(await tick(practise.id, true, mentee)).setActionItemDone.done).toBe(true);
    expect(expectOk(await tick(practise.id, false, mentor)).setActionItemDone.done).toBe(false);
    expect(outcome(await tick(slides.id, true, mentee))).toBe('FORBIDDEN');
  });

  it('cancels a scheduled session once', async () => {
    const session = expectOk(
      await t.gql(SCHEDULE, { r: roomId, input: { scheduledAt: inHours(5).toISOString(), durationMinutes: 30 } }, { token: mentor.token }),
    ).scheduleSession;
    expect(expectOk(await t.gql(CANCEL, { s: session.id }, { token: mentee.token })).cancelSession.status).toBe('CANCELLED');
    expect(outcome(await t.gql(CANCEL, { s: session.id }, { token: mentee.token }))).toBe('CONFLICT');
  });

  it('lists sessions latest first and messages newest first, with cursors', async () => {
    for (const body of ['m1', 'm2', 'm3']) expectOk(await t.gql(SEND, { r: roomId, body }, { token: mentor.token }));
    const firstPage = await room({ first: 2 });
    expect(firstPage.messages.nodes.map((m: { body: string }) => m.body)).toEqual(['m3', 'm2']);
    expect(firstPage.messages.pageInfo.hasNextPage).toBe(true);
    const next = await room({ first: 2, after: firstPage.messages.pageInfo.endCursor });
    expect(next.messages.nodes.map((m: { body: string }) => m.body)).toEqual(['m1']);
    const all = await room({ first: 100 });
    // The cancelled one in 5 h, the two scheduled ones, then the completed one (it started an hour ago).
    expect(all.sessions.nodes.map((s: { agenda: string | null }) => s.agenda)).toEqual([null, 'in 2h', 'in 1h', null]);
    const sessionPage = await room({ first: 3 });
    const rest = await room({ first: 3, sessionsAfter: sessionPage.sessions.pageInfo.endCursor });
    expect(rest.sessions.nodes.map((s: { agenda: string | null }) => s.agenda)).toEqual([null]);
    expect(rest.sessions.pageInfo.hasNextPage).toBe(false);
    expect(refusal(await t.gql(SEND, { r: roomId, body: 'x'.repeat(4001) }, { token: mentor.token }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'body',
    });
    expect(refusal(await t.gql(SEND, { r: roomId, body: ' \n ' }, { token: mentor.token }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'body',
    });
    expect(outcome(await t.gql(SEND, { r: roomId, body: 'x'.repeat(4000) }, { token: mentor.token }))).toBe('OK');
  });
});
