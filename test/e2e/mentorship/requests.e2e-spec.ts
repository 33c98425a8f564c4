import { SocialGraphService } from '@kindling/social-graph';
import { createTestApp, TestApp, TestMember } from '@kindling/testing';
import { expectOk, mentorProfile, openRoom, outcome, pendingRequest, refusal } from './mentorship-fixtures';

const REQUEST = `mutation($input: RequestMentorshipInput!) {
  requestMentorship(input: $input) { id status message goals mentee { id } mentor { id } room { id } respondedAt responseNote }
}`;
const RESPOND = `mutation($id: ID!, $accept: Boolean!, $note: String) {
  respondToMentorshipRequest(id: $id, accept: $accept, note: $note) { id status responseNote respondedAt room { id status mentor { id } mentee { id } } }
}`;
const WITHDRAW = `mutation($id: ID!) { withdrawMentorshipRequest(id: $id) { id status } }`;
const LIST = `query($role: MentorshipRole!, $status: MentorshipRequestStatus) {
  mentorshipRequests(role: $role, status: $status) { nodes { id status mentee { id } mentor { id } } pageInfo { hasNextPage } }
}`;
const PROFILE = `query($h: String!) { user(handle: $h) { mentorProfile { activeMenteeCount capacity } } }`;

describe('mentorship requests', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const requestRows = (mentor: TestMember) =>
    t.db.query(`SELECT id::text, mentee_id::text, status, room_id::text FROM mentorship_request WHERE mentor_id = $1 ORDER BY id`, [
      mentor.user.id,
    ]);
  const ask = (mentee: TestMember | null, mentorId: string, extra: Record<string, unknown> = {}) =>
    t.gql(
      REQUEST,
      { input: { mentorId, message: 'Please mentor me', goals: ['Rust', 'Public speaking'], ...extra } },
      { token: mentee?.token },
    );

  describe('requestMentorship', () => {
    it('files a PENDING request the mentee and the mentor can both list', async () => {
      const [mentor, mentee] = await t.factories.members(2);
      await mentorProfile(t, mentor);
      const created = expectOk(await ask(mentee, mentor.user.id)).requestMentorship;
      expect(created).toMatchObject({
        status: 'PENDING',
        message: 'Please mentor me',
        goals: ['Rust', 'Public speaking'],
        mentee: { id: mentee.user.id },
        mentor: { id: mentor.user.id },
        room: null,
        respondedAt: null,
      });
      const asMentor = expectOk(await t.gql(LIST, { role: 'MENTOR', status: 'PENDING' }, { token: mentor.token }));
      expect(asMentor.mentorshipRequests.nodes).toEqual([
        { id: created.id, status: 'PENDING', mentee: { id: mentee.user.id }, mentor: { id: mentor.user.id } },
      ]);
      expect(expectOk(await t.gql(LIST, { role: 'MENTEE' }, { token: mentee.token })).mentorshipRequests.nodes).toHaveLength(1);
      expect(expectOk(await t.gql(LIST, { role: 'MENTEE' }, { token: mentor.token })).mentorshipRequests.nodes).toHaveLength(0);
    });

    it.each([
      ['yourself', 'self', { code: 'BAD_USER_INPUT', field: 'mentorId' }],
      ['a member without a mentor profile', 'noProfile', { code: 'NOT_FOUND', field: 'mentorId' }],
      ['a mentor who is not accepting mentees', 'closed', { code: 'CONFLICT', field: 'mentorId' }],
      ['a mentor at capacity', 'full', { code: 'CONFLICT', field: 'mentorId' }],
      ['a mentor you already have a pending request with', 'pending', { code: 'CONFLICT', field: 'mentorId' }],
      ['your current mentor', 'current', { code: 'CONFLICT', field: 'mentorId' }],
      ['a mentor you blocked', 'blocked', { code: 'NOT_FOUND', field: 'mentorId' }],
      ['a mentor who blocked you', 'blockedBy', { code: 'NOT_FOUND', field: 'mentorId' }],
      ['an unknown member', 'unknown', { code: 'NOT_FOUND', field: 'mentorId' }],
    ])('refuses a request to %s, writing nothing', async (_, kind, expected) => {
      const [mentor, mentee, other] = await t.factories.members(3);
      let mentorId = mentor.user.id;
      if (kind !== 'noProfile') await mentorProfile(t, mentor, { acceptingMentees: kind !== 'closed', capacity: 1 });
      if (kind === 'self') mentorId = mentee.user.id;
      if (kind === 'self') await mentorProfile(t, mentee);
      if (kind === 'full') await openRoom(t, mentor, other);
      if (kind === 'pending') await pendingRequest(t, mentor, mentee);
      if (kind === 'current') await openRoom(t, mentor, mentee);
      if (kind === 'blocked') await t.app.get(SocialGraphService).block(mentee.user.id, mentor.user.id);
      if (kind === 'blockedBy') await t.app.get(SocialGraphService).block(mentor.user.id, mentee.user.id);
      if (kind === 'unknown') mentorId = '999999999';
      const before = await requestRows(mentor);
      const res = await ask(mentee, mentorId);
      expect(refusal(res)).toEqual(expected);
      expect(res.data ?? null).toBeNull();
      expect(await requestRows(mentor)).toEqual(before);
    });

    it.each([
      ['a blank message', { message: '   ' }, 'message'],
      ['a message over 2,000 characters', { message: 'x'.repeat(2001) }, 'message'],
      ['11 goals', { goals: Array.from({ length: 11 }, (_, i) => `goal ${i}`) }, 'goals'],
      ['a blank goal', { goals: ['ok', ' '] }, 'goals'],
      ['a malformed mentor id', { mentorId: 'abc' }, 'mentorId'],
    ])('refuses %s as BAD_USER_INPUT naming the field', async (_, extra, field) => {
      const [mentor, mentee] = await t.factories.members(2);
      await mentorProfile(t, mentor);
      const res = await ask(mentee, mentor.user.id, extra);
      expect(refusal(res)).toEqual({ code: 'BAD_USER_INPUT', field });
      expect(await requestRows(mentor)).toEqual([]);
    });

    it('needs a signed-in member', async () => {
      const [mentor] = await t.factories.members(1);
      await mentorProfile(t, mentor);
      expect(outcome(await ask(null, mentor.user.id))).toBe('UNAUTHENTICATED');
    });
  });

  describe('respondToMentorshipRequest and withdrawMentorshipRequest', () => {
    it('lets only the mentor answer; accepting opens the room and takes a slot', async () => {
      const [mentor, mentee, stranger] = await t.factories.members(3);
      const request = await pendingRequest(t, mentor, mentee);
      expect(outcome(await t.gql(RESPOND, { id: request.id, accept: true }, { token: mentee.token }))).toBe('FORBIDDEN');
      expect(outcome(await t.gql(RESPOND, { id: request.id, accept: true }, { token: stranger.token }))).toBe('NOT_FOUND');
      expect(outcome(await t.gql(RESPOND, { id: request.id, accept: true }))).toBe('UNAUTHENTICATED');
      expect((await requestRows(mentor))[0]).toMatchObject({ status: 'PENDING', room_id: null });

      const accepted = expectOk(await t.gql(RESPOND, { id: request.id, accept: true, note: ' Welcome! ' }, { token: mentor.token }));
      expect(accepted.respondToMentorshipRequest).toMatchObject({
        status: 'ACCEPTED',
        responseNote: 'Welcome!',
        respondedAt: expect.any(String),
        room: { status: 'ACTIVE', mentor: { id: mentor.user.id }, mentee: { id: mentee.user.id } },
      });
      const profile = expectOk(await t.gql(PROFILE, { h: mentor.user.handle }));
      expect(profile.user.mentorProfile).toEqual({ activeMenteeCount: 1, capacity: 5 });
      expect(refusal(await t.gql(RESPOND, { id: request.id, accept: false }, { token: mentor.token }))).toEqual({
        code: 'CONFLICT',
        field: 'id',
      });
      expect(outcome(await t.gql(WITHDRAW, { id: request.id }, { token: mentee.token }))).toBe('CONFLICT');
    });

    it('declining writes the note and opens nothing', async () => {
      const [mentor, mentee] = await t.factories.members(2);
      const request = await pendingRequest(t, mentor, mentee);
      const declined = expectOk(await t.gql(RESPOND, { id: request.id, accept: false, note: 'Not now' }, { token: mentor.token }));
      expect(declined.respondToMentorshipRequest).toMatchObject({ status: 'DECLINED', responseNote: 'Not now', room: null });
      expect(await t.db.query(`SELECT 1 FROM mentorship_room WHERE mentor_id = $1`, [mentor.user.id])).toEqual([]);
      // The pair may try again once nothing is pending.
      expect(outcome(await ask(mentee, mentor.user.id))).toBe('OK');
    });

    it('lets only the mentee withdraw, while PENDING', async () => {
      const [mentor, mentee, stranger] = await t.factories.members(3);
      const request = await pendingRequest(t, mentor, mentee);
      expect(outcome(await t.gql(WITHDRAW, { id: request.id }, { token: mentor.token }))).toBe('FORBIDDEN');
      expect(outcome(await t.gql(WITHDRAW, { id: request.id }, { token: stranger.token }))).toBe('NOT_FOUND');
      expect(expectOk(await t.gql(WITHDRAW, { id: request.id }, { token: mentee.token })).withdrawMentorshipRequest.status).toBe(
        'WITHDRAWN',
      );
      expect(outcome(await t.gql(WITHDRAW, { id: request.id }, { token: mentee.token }))).toBe('CONFLICT');
      expect(outcome(await t.gql(RESPOND, { id: request.id, accept: true }, { token: mentor.token }))).toBe('CONFLICT');
    });
  });

  describe('the capacity race', () => {
    it.each([1, 2, 3, 4, 5])('two acceptances racing for the last slot give one room and one CONFLICT (round %i)', async () => {
      const [mentor, first, second, busy] = await t.factories.members(4);
      await mentorProfile(t, mentor, { capacity: 2 });
      await openRoom(t, mentor, busy); // one of two slots taken
      const requests = [await pendingRequest(t, mentor, first), await pendingRequest(t, mentor, second)];
      const results = await Promise.all(requests.map((r) => t.gql(RESPOND, { id: r.id, accept: true }, { token: mentor.token })));
      expect(results.map(outcome).sort()).toEqual(['CONFLICT', 'OK']);
      const rooms = await t.db.query(`SELECT mentee_id::text FROM mentorship_room WHERE mentor_id = $1 AND status = 'ACTIVE'`, [
        mentor.user.id,
      ]);
      expect(rooms).toHaveLength(2);
      const [{ active_mentee_count }] = await t.db.query(`SELECT active_mentee_count FROM mentor_profile WHERE user_id = $1`, [
        mentor.user.id,
      ]);
      expect(active_mentee_count).toBe(2);
      const statuses = (await requestRows(mentor)).map((r: { status: string }) => r.status).sort();
      expect(statuses).toEqual(['ACCEPTED', 'ACCEPTED', 'PENDING']);
    });

    it('the same request accepted twice at once opens one room', async () => {
      const [mentor, mentee] = await t.factories.members(2);
      const request = await pendingRequest(t, mentor, mentee);
      const results = await Promise.all([1, 2].map(() => t.gql(RESPOND, { id: request.id, accept: true }, { token: mentor.token })));
      expect(results.map(outcome).sort()).toEqual(['CONFLICT', 'OK']);
      expect(await t.db.query(`SELECT 1 FROM mentorship_room WHERE mentor_id = $1`, [mentor.user.id])).toHaveLength(1);
    });

    it('a completed room gives its slot back', async () => {
      const [mentor, first, second] = await t.factories.members(3);
      await mentorProfile(t, mentor, { capacity: 1 });
      const roomId = await openRoom(t, mentor, first);
      expect(outcome(await ask(second, mentor.user.id))).toBe('CONFLICT');
      await t.gql(`mutation($r: ID!) { setRoomStatus(roomId: $r, status: COMPLETED) { status } }`, { r: roomId }, { token: first.token });
      expect(expectOk(await t.gql(PROFILE, { h: mentor.user.handle })).user.mentorProfile.activeMenteeCount).toBe(0);
      expect(outcome(await ask(second, mentor.user.id))).toBe('OK');
    });
  });
});
