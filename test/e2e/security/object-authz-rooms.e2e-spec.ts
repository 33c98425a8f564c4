import { Client } from 'graphql-ws';
import { createTestApp, outcome, TestApp, TestMember, waitUntil } from '@kindling/testing';
import { inHours, makeAdmin, openRoom, RoomFixture, roomFixture, roomRows } from '../mentorship/mentorship-fixtures';

/**
 * A mentorship room is visible to its two participants only: a stranger, a member of another room of the same
 * mentor, a platform admin and nobody read null (queries) or NOT_FOUND / UNAUTHENTICATED (mutations), and the
 * room's rows stay as they were. (The full mutation × role matrix is in mentorship/room-permission-matrix.)
 */

type Caller = 'stranger' | 'otherMentee' | 'admin' | 'anonymous';
const CALLERS: Caller[] = ['stranger', 'otherMentee', 'admin', 'anonymous'];

describe('object-level authorization: mentorship rooms', () => {
  let t: TestApp;
  let fx: RoomFixture;
  let otherRoomId: string;
  let callers: Record<Caller, TestMember | null>;
  beforeAll(async () => {
    t = await createTestApp();
    fx = await roomFixture(t);
    const [stranger, otherMentee, admin] = await t.factories.members(3);
    otherRoomId = await openRoom(t, fx.mentor, otherMentee);
    callers = { stranger, otherMentee, admin: await makeAdmin(t, admin), anonymous: null };
  });
  afterAll(() => t.close());

  const ROOM_FIELDS = `id status agreement { goals } goals { id title } sessions { nodes { id agenda } } messages { nodes { body } } feedback { rating }`;
  const queries: Array<[string, string, () => Record<string, unknown>, (d: any) => unknown]> = [
    [
      'mentorshipRoom(id)',
      `query($r: ID!) { mentorshipRoom(id: $r) { ${ROOM_FIELDS} } }`,
      () => ({ r: fx.roomId }),
      (d) => d.mentorshipRoom,
    ],
    [
      'myRooms',
      `{ myRooms(first: 100) { nodes { id } } }`,
      () => ({}),
      (d) => (d.myRooms.nodes as Array<{ id: string }>).find((n) => n.id === fx.roomId) ?? null,
    ],
    [
      'mentorshipRequests as mentee and mentor',
      `{ a: mentorshipRequests(role: MENTEE, first: 100) { nodes { room { id } } } b: mentorshipRequests(role: MENTOR, first: 100) { nodes { room { id } } } }`,
      () => ({}),
      (d) => [...d.a.nodes, ...d.b.nodes].find((n: { room: { id: string } | null }) => n.room?.id === fx.roomId) ?? null,
    ],
    [
      'notifications pointing at the room',
      `{ notifications(first: 100) { nodes { room { id } } } }`,
      () => ({}),
      (d) => (d.notifications.nodes as Array<{ room: { id: string } | null }>).find((n) => n.room?.id === fx.roomId) ?? null,
    ],
  ];

  describe.each(CALLERS)('%s', (caller) => {
    it.each(queries)('%s reveals nothing', async (name, query, variables, pick) => {
      const res = await t.gql(query, variables(), { token: callers[caller]?.token ?? null });
      if (caller === 'anonymous' && name !== 'mentorshipRoom(id)') {
        expect(outcome(res)).toBe('UNAUTHENTICATED');
        return expect(res.data ?? null).toBeNull();
      }
      expect(res.errors).toBeUndefined();
      expect(pick(res.data)).toBeNull();
    });

    it('aliases mixing an own room and a foreign one answer each on its own', async () => {
      const res = await t.gql(
        `query($own: ID!, $r: ID!) { own: mentorshipRoom(id: $own) { id } foreign: mentorshipRoom(id: $r) { id messages { nodes { body } } } }`,
        { own: otherRoomId, r: fx.roomId },
        { token: callers[caller]?.token ?? null },
      );
      expect(res.errors).toBeUndefined();
      expect(res.data).toEqual({ own: caller === 'otherMentee' ? { id: otherRoomId } : null, foreign: null });
    });
  });

  const mutations: Array<[string, string, () => Record<string, unknown>]> = [
    [
      'updateRoomAgreement',
      `mutation($r: ID!) { updateRoomAgreement(roomId: $r, input: { goals: "pwned" }) { id } }`,
      () => ({ r: fx.roomId }),
    ],
    ['addRoomGoal', `mutation($r: ID!) { addRoomGoal(roomId: $r, input: { title: "pwned" }) { id } }`, () => ({ r: fx.roomId })],
    ['updateRoomGoal', `mutation($g: ID!) { updateRoomGoal(goalId: $g, input: { status: DONE }) { id } }`, () => ({ g: fx.goalId })],
    [
      'scheduleSession',
      `mutation($r: ID!, $at: DateTime!) { scheduleSession(roomId: $r, input: { scheduledAt: $at, durationMinutes: 30 }) { id } }`,
      () => ({ r: fx.roomId, at: inHours(24).toISOString() }),
    ],
    ['completeSession', `mutation($s: ID!) { completeSession(sessionId: $s, input: { notes: "x" }) { id } }`, () => ({ s: fx.sessionId })],
    ['cancelSession', `mutation($s: ID!) { cancelSession(sessionId: $s) { id } }`, () => ({ s: fx.sessionId })],
    ['setActionItemDone', `mutation($i: ID!) { setActionItemDone(actionItemId: $i, done: true) { id } }`, () => ({ i: fx.menteeItemId })],
    ['sendRoomMessage', `mutation($r: ID!) { sendRoomMessage(roomId: $r, body: "pwned") { id } }`, () => ({ r: fx.roomId })],
    ['setRoomStatus', `mutation($r: ID!) { setRoomStatus(roomId: $r, status: PAUSED) { id } }`, () => ({ r: fx.roomId })],
    ['submitRoomFeedback', `mutation($r: ID!) { submitRoomFeedback(roomId: $r, rating: 1) { rating } }`, () => ({ r: fx.roomId })],
    ['verifyStep', `mutation($r: ID!) { verifyStep(roomId: $r, stepId: "1") { status } }`, () => ({ r: fx.roomId })],
    [
      'shareEnrollmentWithRoom',
      `mutation($r: ID!) { shareEnrollmentWithRoom(roomId: $r, enrollmentId: "1") { id } }`,
      () => ({ r: fx.roomId }),
    ],
  ];

  describe.each(CALLERS)('%s', (caller) => {
    it.each(mutations)('%s is refused as NOT_FOUND (UNAUTHENTICATED when anonymous) and writes nothing', async (_, mutation, variables) => {
      const before = await roomRows(t, fx);
      const res = await t.gql(mutation, variables(), { token: callers[caller]?.token ?? null });
      expect(res.data ?? null).toBeNull();
      expect(outcome(res)).toBe(caller === 'anonymous' ? 'UNAUTHENTICATED' : 'NOT_FOUND');
      expect(JSON.stringify(res.errors)).not.toContain(fx.mentee.user.handle);
      expect(await roomRows(t, fx)).toEqual(before);
    });
  });

  it('never streams the room to an outsider subscribed to roomMessageAdded, while the mentee gets it (control)', async () => {
    const sockets: Client[] = [t.socket(fx.mentee.token), t.socket(callers.stranger!.token), t.socket(callers.admin!.token)];
    const seen: unknown[][] = sockets.map(() => []);
    const ended: unknown[][] = sockets.map(() => []);
    const unsubscribes: Array<() => void> = [];
    try {
      sockets.forEach(
        (s, i) =>
          (unsubscribes[i] = s.subscribe(
            { query: `subscription($r: ID!) { roomMessageAdded(roomId: $r) { body } }`, variables: { r: fx.roomId } },
            { next: (v) => seen[i].push(v), error: (e) => ended[i].push(e), complete: () => ended[i].push('complete') },
          )),
      );
      await waitUntil('outsiders refused', () => ended[1].length > 0 && ended[2].length > 0);
      const send = await t.gql(
        `mutation($r: ID!) { sendRoomMessage(roomId: $r, body: "for us only") { id } }`,
        { r: fx.roomId },
        { token: fx.mentor.token },
      );
      expect(send.errors).toBeUndefined();
      await waitUntil('the mentee receives the message', () => seen[0].length > 0);
      expect(seen[0]).toEqual([{ data: { roomMessageAdded: { body: 'for us only' } } }]);
      for (const i of [1, 2]) {
        expect(JSON.stringify(seen[i])).not.toContain('for us only');
        expect(seen[i]).toEqual([
          expect.objectContaining({ errors: [expect.objectContaining({ extensions: expect.objectContaining({ code: 'NOT_FOUND' }) })] }),
        ]);
        expect(ended[i]).toEqual(['complete']); // refused and ended at once, never left open
      }
    } finally {
      unsubscribes.forEach((u) => u());
      await Promise.all(sockets.map((s) => Promise.resolve(s.dispose())));
    }
  });
});
