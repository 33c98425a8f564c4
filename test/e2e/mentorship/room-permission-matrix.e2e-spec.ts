import { RoomStatus } from '@kindling/mentorship';
import { createTestApp, TestApp, TestMember } from '@kindling/testing';
import { inHours, makeAdmin, outcome, RoomFixture, roomFixture, roomRows } from './mentorship-fixtures';

/**
 * Who may do what inside a mentorship room: every room mutation × {mentor,
 * mentee, stranger, platform admin, anonymous}, each case on a room of its
 * own. A refusal must carry the exact code, return no data and leave every
 * row of the room (and the mentor's profile) exactly as it was; a permitted
 * call must change something. Nobody but the two participants learns that
 * the room exists: strangers and admins alike get NOT_FOUND.
 */

const U = 'UNAUTHENTICATED';
const N = 'NOT_FOUND';
const F = 'FORBIDDEN';
const C = 'CONFLICT';
const OK = 'OK';

const ACTORS = ['mentor', 'mentee', 'stranger', 'admin', 'anonymous'] as const;
type Actor = (typeof ACTORS)[number];

interface Row {
  name: string;
  /** The room's status when the call is made. */
  status?: RoomStatus;
  query: string;
  variables: (fx: RoomFixture) => Record<string, unknown>;
  outcomes: Record<Actor, string>;
}

const everyoneInside = { mentor: OK, mentee: OK, stranger: N, admin: N, anonymous: U };
const closedInside = { mentor: C, mentee: C, stranger: N, admin: N, anonymous: U };

const AGREEMENT = `mutation($r: ID!) { updateRoomAgreement(roomId: $r, input: { cadence: "Weekly" }) { agreement { cadence } } }`;
const ADD_GOAL = `mutation($r: ID!) { addRoomGoal(roomId: $r, input: { title: "Give a talk" }) { title status } }`;
const UPDATE_GOAL = `mutation($g: ID!) { updateRoomGoal(goalId: $g, input: { status: DONE }) { status } }`;
const SCHEDULE = `mutation($r: ID!, $at: DateTime!) { scheduleSession(roomId: $r, input: { scheduledAt: $at, durationMinutes: 45 }) { status } }`;
const COMPLETE = `mutation($s: ID!) { completeSession(sessionId: $s, input: { notes: "Done", actionItems: [{ title: "Practise" }] }) { status } }`;
const CANCEL = `mutation($s: ID!) { cancelSession(sessionId: $s) { status } }`;
const TICK = `mutation($i: ID!) { setActionItemDone(actionItemId: $i, done: true) { done } }`;
const SEND = `mutation($r: ID!) { sendRoomMessage(roomId: $r, body: "Hi there") { body } }`;
const STATUS = `mutation($r: ID!, $s: RoomStatus!) { setRoomStatus(roomId: $r, status: $s) { status } }`;
const FEEDBACK = `mutation($r: ID!) { submitRoomFeedback(roomId: $r, rating: 5, comment: "Great") { rating } }`;

const ROWS: Row[] = [
  { name: 'updateRoomAgreement', query: AGREEMENT, variables: (fx) => ({ r: fx.roomId }), outcomes: everyoneInside },
  { name: 'addRoomGoal', query: ADD_GOAL, variables: (fx) => ({ r: fx.roomId }), outcomes: everyoneInside },
  { name: 'updateRoomGoal', query: UPDATE_GOAL, variables: (fx) => ({ g: fx.goalId }), outcomes: everyoneInside },
  {
    name: 'scheduleSession',
    query: SCHEDULE,
    variables: (fx) => ({ r: fx.roomId, at: inHours(24).toISOString() }),
    outcomes: everyoneInside,
  },
  { name: 'completeSession', query: COMPLETE, variables: (fx) => ({ s: fx.sessionId }), outcomes: everyoneInside },
  { name: 'cancelSession', query: CANCEL, variables: (fx) => ({ s: fx.sessionId }), outcomes: everyoneInside },
  { name: "setActionItemDone (the mentee's item)", query: TICK, variables: (fx) => ({ i: fx.menteeItemId }), outcomes: everyoneInside },
  {
    name: "setActionItemDone (the mentor's item)",
    query: TICK,
    variables: (fx) => ({ i: fx.mentorItemId }),
    outcomes: { mentor: OK, mentee: F, stranger: N, admin: N, anonymous: U },
  },
  { name: 'sendRoomMessage', query: SEND, variables: (fx) => ({ r: fx.roomId }), outcomes: everyoneInside },
  { name: 'setRoomStatus (PAUSED)', query: STATUS, variables: (fx) => ({ r: fx.roomId, s: 'PAUSED' }), outcomes: everyoneInside },
  { name: 'setRoomStatus (COMPLETED)', query: STATUS, variables: (fx) => ({ r: fx.roomId, s: 'COMPLETED' }), outcomes: everyoneInside },
  {
    name: 'setRoomStatus (PAUSED → ACTIVE)',
    status: RoomStatus.PAUSED,
    query: STATUS,
    variables: (fx) => ({ r: fx.roomId, s: 'ACTIVE' }),
    outcomes: everyoneInside,
  },
  { name: 'submitRoomFeedback (room still ACTIVE)', query: FEEDBACK, variables: (fx) => ({ r: fx.roomId }), outcomes: closedInside },
  {
    name: 'submitRoomFeedback (COMPLETED room)',
    status: RoomStatus.COMPLETED,
    query: FEEDBACK,
    variables: (fx) => ({ r: fx.roomId }),
    outcomes: everyoneInside,
  },
  // A COMPLETED room takes no more writes except feedback.
  ...(
    [
      ['updateRoomAgreement', AGREEMENT, (fx: RoomFixture) => ({ r: fx.roomId })],
      ['addRoomGoal', ADD_GOAL, (fx: RoomFixture) => ({ r: fx.roomId })],
      ['updateRoomGoal', UPDATE_GOAL, (fx: RoomFixture) => ({ g: fx.goalId })],
      ['scheduleSession', SCHEDULE, (fx: RoomFixture) => ({ r: fx.roomId, at: inHours(24).toISOString() })],
      ['completeSession', COMPLETE, (fx: RoomFixture) => ({ s: fx.sessionId })],
      ['cancelSession', CANCEL, (fx: RoomFixture) => ({ s: fx.sessionId })],
      ['setActionItemDone', TICK, (fx: RoomFixture) => ({ i: fx.menteeItemId })],
      ['sendRoomMessage', SEND, (fx: RoomFixture) => ({ r: fx.roomId })],
      ['setRoomStatus (ACTIVE)', STATUS, (fx: RoomFixture) => ({ r: fx.roomId, s: 'ACTIVE' })],
      ['setRoomStatus (PAUSED)', STATUS, (fx: RoomFixture) => ({ r: fx.roomId, s: 'PAUSED' })],
    ] as const
  ).map(([name, query, variables]): Row => ({
    name: `${name} (COMPLETED room)`,
    status: RoomStatus.COMPLETED,
    query,
    variables,
    outcomes: closedInside,
  })),
];

const cases = ROWS.flatMap((row) =>
  ACTORS.map((actor): [string, Row, Actor] => [`${row.name} by ${actor} → ${row.outcomes[actor]}`, row, actor]),
);

describe('mentorship room permission matrix', () => {
  let t: TestApp;
  let stranger: TestMember;
  let admin: TestMember;

  beforeAll(async () => {
    t = await createTestApp();
    [stranger, admin] = await t.factories.members(2);
    await makeAdmin(t, admin);
  });
  afterAll(() => t.close());

  const who = (fx: RoomFixture, actor: Actor): TestMember | null =>
    ({ mentor: fx.mentor, mentee: fx.mentee, stranger, admin, anonymous: null })[actor];

  it.each(cases)('%s', async (_title, row, actor) => {
    const fx = await roomFixture(t, { status: row.status });
    const before = await roomRows(t, fx);
    const res = await t.gql(row.query, row.variables(fx), { token: who(fx, actor)?.token });
    const after = await roomRows(t, fx);
    const expected = row.outcomes[actor];
    expect(outcome(res)).toBe(expected);
    if (expected === OK) {
      expect(Object.values(res.data!)[0]).toBeTruthy();
      expect(after).not.toEqual(before);
    } else {
      expect(res.data ?? null).toBeNull();
      expect(after).toEqual(before);
    }
  });

  describe('reading a room', () => {
    const ROOM = `query($r: ID!) { mentorshipRoom(id: $r) { id status mentor { id } mentee { id } goals { title } messages { nodes { body } } } }`;
    let fx: RoomFixture;
    beforeAll(async () => {
      fx = await roomFixture(t);
    });

    it.each(['mentor', 'mentee'] as const)('the %s sees it', async (actor) => {
      const res = await t.gql(ROOM, { r: fx.roomId }, { token: fx[actor].token });
      expect(res.data!.mentorshipRoom).toMatchObject({
        id: fx.roomId,
        mentor: { id: fx.mentor.user.id },
        mentee: { id: fx.mentee.user.id },
      });
    });

    it.each(['stranger', 'admin', 'anonymous'] as const)('the %s reads null, with no error', async (actor) => {
      const res = await t.gql(ROOM, { r: fx.roomId }, { token: who(fx, actor)?.token });
      expect(res.errors).toBeUndefined();
      expect(res.data!.mentorshipRoom).toBeNull();
    });

    it('lists it in myRooms for its participants only', async () => {
      const MY = `query { myRooms { nodes { id } } }`;
      expect((await t.gql(MY, {}, { token: fx.mentor.token })).data!.myRooms.nodes).toContainEqual({ id: fx.roomId });
      expect((await t.gql(MY, {}, { token: fx.mentee.token })).data!.myRooms.nodes).toContainEqual({ id: fx.roomId });
      expect((await t.gql(MY, {}, { token: admin.token })).data!.myRooms.nodes).not.toContainEqual({ id: fx.roomId });
      expect(outcome(await t.gql(MY))).toBe(U);
    });
  });
});
