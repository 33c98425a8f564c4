import { createTestApp, TestApp, TestMember, waitUntil } from '@kindling/testing';
import { expectOk, inHours, pendingRequest } from './mentorship-fixtures';

const NOTIFICATIONS = `query {
  notifications(first: 20) {
    nodes {
      type actorCount actors { id }
      mentorshipRequest { id status mentee { id } }
      room { id status mentor { id } mentee { id } }
    }
  }
}`;

type Note = {
  type: string;
  actorCount: number;
  actors: Array<{ id: string }>;
  mentorshipRequest: { id: string; status: string } | null;
  room: { id: string } | null;
};

/** The worker turns mentorship events into notifications, grouped as the design says; the subjects resolve for the recipient. */
describe('mentorship notifications (worker)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ worker: true });
  });
  afterAll(() => t.close());

  const notesOf = async (member: TestMember): Promise<Note[]> =>
    expectOk(await t.gql(NOTIFICATIONS, {}, { token: member.token })).notifications.nodes;
  const noteOf = (member: TestMember, type: string, count = 1) =>
    waitUntil(`${type} for ${member.user.handle}`, async () => {
      const note = (await notesOf(member)).find((n) => n.type === type);
      return note && note.actorCount >= count ? note : undefined;
    });

  it('request, acceptance, messages and sessions reach the right participant', async () => {
    const [mentor, mentee] = await t.factories.members(2);
    const request = await pendingRequest(t, mentor, mentee);

    const asked = await noteOf(mentor, 'MENTORSHIP_REQUEST');
    expect(asked).toMatchObject({ actors: [{ id: mentee.user.id }], mentorshipRequest: { id: request.id, status: 'PENDING' }, room: null });

    const accepted = expectOk(
      await t.gql(
        `mutation($id: ID!) { respondToMentorshipRequest(id: $id, accept: true) { room { id } } }`,
        { id: request.id },
        { token: mentor.token },
      ),
    );
    const roomId = accepted.respondToMentorshipRequest.room.id;
    expect(await noteOf(mentee, 'MENTORSHIP_ACCEPTED')).toMatchObject({
      actors: [{ id: mentor.user.id }],
      mentorshipRequest: { id: request.id, status: 'ACCEPTED' },
      room: { id: roomId, status: 'ACTIVE', mentor: { id: mentor.user.id }, mentee: { id: mentee.user.id } },
    });

    // Three messages from the mentor: one ROOM_MESSAGE notification for the room, while unread.
    for (const body of ['one', 'two', 'three']) {
      expectOk(
        await t.gql(
          `mutation($r: ID!, $b: String!) { sendRoomMessage(roomId: $r, body: $b) { id } }`,
          { r: roomId, b: body },
          { token: mentor.token },
        ),
      );
    }
    await waitUntil('three messages handled', async () => {
      const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM notification WHERE recipient_id = $1 AND type = 'ROOM_MESSAGE'`, [
        mentee.user.id,
      ]);
      return n === 1 || undefined;
    });
    const messages = await noteOf(mentee, 'ROOM_MESSAGE');
    expect(messages).toMatchObject({ actorCount: 1, actors: [{ id: mentor.user.id }], room: { id: roomId }, mentorshipRequest: null });
    expect((await notesOf(mentee)).filter((n) => n.type === 'ROOM_MESSAGE')).toHaveLength(1);
    expect((await notesOf(mentor)).filter((n) => n.type === 'ROOM_MESSAGE')).toHaveLength(0);

    expectOk(
      await t.gql(
        `mutation($r: ID!, $at: DateTime!) { scheduleSession(roomId: $r, input: { scheduledAt: $at, durationMinutes: 30 }) { id } }`,
        { r: roomId, at: inHours(24).toISOString() },
        { token: mentee.token },
      ),
    );
    expect(await noteOf(mentor, 'SESSION_SCHEDULED')).toMatchObject({ actors: [{ id: mentee.user.id }], room: { id: roomId } });
    expect((await notesOf(mentee)).some((n) => n.type === 'SESSION_SCHEDULED')).toBe(false);
  });

  it('a declined request tells the mentee; a withdrawn one tells nobody more', async () => {
    const [mentor, mentee, other] = await t.factories.members(3);
    const request = await pendingRequest(t, mentor, mentee);
    expectOk(
      await t.gql(
        `mutation($id: ID!) { respondToMentorshipRequest(id: $id, accept: false) { id } }`,
        { id: request.id },
        { token: mentor.token },
      ),
    );
    expect(await noteOf(mentee, 'MENTORSHIP_DECLINED')).toMatchObject({
      actors: [{ id: mentor.user.id }],
      mentorshipRequest: { id: request.id, status: 'DECLINED' },
      room: null,
    });

    const withdrawn = await pendingRequest(t, mentor, other);
    expectOk(await t.gql(`mutation($id: ID!) { withdrawMentorshipRequest(id: $id) { id } }`, { id: withdrawn.id }, { token: other.token }));
    // The request job may have run before the withdrawal; either way the mentor can no longer see a pending request through it.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const seen = (await notesOf(mentor)).filter((n) => n.mentorshipRequest?.id === withdrawn.id);
    expect(seen.every((n) => n.mentorshipRequest!.status === 'WITHDRAWN')).toBe(true);
  });
});
