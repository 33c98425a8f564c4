import { CommunityVisibility } from '@kindling/communities';
import { EnrollmentsService, StepProgressService, StepStatus } from '@kindling/roadmaps';
import { createTestApp, TestApp, TestMember, waitUntil } from '@kindling/testing';
import { seedCommunity, seedRoadmap, SeededRoadmap } from '../roadmaps/roadmap-fixtures';
import { expectOk, makeAdmin, openRoom, outcome, refusal } from './mentorship-fixtures';

const SHARE = `mutation($r: ID!, $e: ID!) { shareEnrollmentWithRoom(roomId: $r, enrollmentId: $e) { enrollment { id } } }`;
const VERIFY = `mutation($r: ID!, $s: ID!) { verifyStep(roomId: $r, stepId: $s) { status step { id } verifiedBy { id } } }`;
const ROOM = `query($r: ID!) { mentorshipRoom(id: $r) { enrollment { id progress user { id } steps { step { title } status verifiedBy { id } } } } }`;

type Actor = 'mentor' | 'mentee' | 'stranger' | 'admin' | 'anonymous';

/**
 * The roadmap in a room, through the roadmaps feature: the mentee shares one
 * of their own enrollments, both participants read its progress through the
 * room, and the mentor verifies DONE steps (the mentee is notified).
 */
describe('roadmap progress in a mentorship room', () => {
  let t: TestApp;
  let owner: TestMember;
  let stranger: TestMember;
  let admin: TestMember;
  let communityId: string;
  let roadmap: SeededRoadmap;

  beforeAll(async () => {
    t = await createTestApp({ worker: true });
    [owner, stranger, admin] = await t.factories.members(3);
    await makeAdmin(t, admin);
    communityId = (await seedCommunity(t, { owner, visibility: CommunityVisibility.PUBLIC })).id;
    roadmap = await seedRoadmap(t, owner, communityId, [['Basics'], ['Practice', ['Basics']]]);
  });
  afterAll(() => t.close());

  /** A room whose mentee follows the roadmap with Basics DONE; shared into the room when asked. */
  async function scene(share = false) {
    const [mentor, mentee] = await t.factories.members(2);
    const roomId = await openRoom(t, mentor, mentee);
    const enrollment = await t.app.get(EnrollmentsService).enroll(mentee.user.id, roadmap.id, false);
    await t.app
      .get(StepProgressService)
      .update(mentee.user.id, { enrollmentId: enrollment.id, stepId: roadmap.steps.Basics, status: StepStatus.DONE });
    if (share) expectOk(await t.gql(SHARE, { r: roomId, e: enrollment.id }, { token: mentee.token }));
    const who: Record<Actor, TestMember | null> = { mentor, mentee, stranger, admin, anonymous: null };
    return { mentor, mentee, roomId, enrollmentId: enrollment.id, who };
  }

  const rows = async (roomId: string, enrollmentId: string) => ({
    room: await t.db.query(`SELECT * FROM mentorship_room WHERE id = $1`, [roomId]),
    progress: await t.db.query(`SELECT * FROM step_progress WHERE enrollment_id = $1 ORDER BY step_id`, [enrollmentId]),
  });

  it.each<[Actor, string]>([
    ['mentee', 'OK'],
    ['mentor', 'FORBIDDEN'],
    ['stranger', 'NOT_FOUND'],
    ['admin', 'NOT_FOUND'],
    ['anonymous', 'UNAUTHENTICATED'],
  ])('shareEnrollmentWithRoom by %s → %s', async (actor, expected) => {
    const s = await scene();
    const before = await rows(s.roomId, s.enrollmentId);
    const res = await t.gql(SHARE, { r: s.roomId, e: s.enrollmentId }, { token: s.who[actor]?.token });
    expect(outcome(res)).toBe(expected);
    if (expected === 'OK') expect(res.data!.shareEnrollmentWithRoom).toEqual({ enrollment: { id: s.enrollmentId } });
    else expect(await rows(s.roomId, s.enrollmentId)).toEqual(before);
  });

  it("refuses to share someone else's enrollment, or into a completed room", async () => {
    const s = await scene();
    const [other] = await t.factories.members(1);
    const theirs = await t.app.get(EnrollmentsService).enroll(other.user.id, roadmap.id, false);
    const before = await rows(s.roomId, s.enrollmentId);
    expect(refusal(await t.gql(SHARE, { r: s.roomId, e: theirs.id }, { token: s.mentee.token }))).toEqual({
      code: 'NOT_FOUND',
      field: 'enrollmentId',
    });
    await t.gql(
      `mutation($r: ID!) { setRoomStatus(roomId: $r, status: COMPLETED) { status } }`,
      { r: s.roomId },
      { token: s.mentor.token },
    );
    const completed = await rows(s.roomId, s.enrollmentId);
    expect(outcome(await t.gql(SHARE, { r: s.roomId, e: s.enrollmentId }, { token: s.mentee.token }))).toBe('CONFLICT');
    expect(await rows(s.roomId, s.enrollmentId)).toEqual(completed);
    expect(completed.room[0].enrollment_id).toBe(before.room[0].enrollment_id);
  });

  it('shows the shared progress to both participants, and to nobody else', async () => {
    const s = await scene(true);
    for (const member of [s.mentor, s.mentee]) {
      const res = expectOk(await t.gql(ROOM, { r: s.roomId }, { token: member.token }));
      expect(res.mentorshipRoom.enrollment).toEqual({
        id: s.enrollmentId,
        progress: 0.5,
        user: { id: s.mentee.user.id },
        steps: [
          { step: { title: 'Basics' }, status: 'DONE', verifiedBy: null },
          { step: { title: 'Practice' }, status: 'NOT_STARTED', verifiedBy: null },
        ],
      });
    }
    expect(expectOk(await t.gql(ROOM, { r: s.roomId }, { token: admin.token })).mentorshipRoom).toBeNull();
  });

  it.each<[Actor, string]>([
    ['mentor', 'OK'],
    ['mentee', 'FORBIDDEN'],
    ['stranger', 'NOT_FOUND'],
    ['admin', 'NOT_FOUND'],
    ['anonymous', 'UNAUTHENTICATED'],
  ])('verifyStep by %s → %s', async (actor, expected) => {
    const s = await scene(true);
    const before = await rows(s.roomId, s.enrollmentId);
    const res = await t.gql(VERIFY, { r: s.roomId, s: roadmap.steps.Basics }, { token: s.who[actor]?.token });
    expect(outcome(res)).toBe(expected);
    if (expected !== 'OK') {
      expect(await rows(s.roomId, s.enrollmentId)).toEqual(before);
      return;
    }
    expect(res.data!.verifyStep).toEqual({ status: 'DONE', step: { id: roadmap.steps.Basics }, verifiedBy: { id: s.mentor.user.id } });
    const note = await waitUntil('STEP_VERIFIED', async () => {
      const list = expectOk(
        await t.gql(`query { notifications { nodes { type actors { id } room { id } } } }`, {}, { token: s.mentee.token }),
      ).notifications.nodes.find((n: { type: string }) => n.type === 'STEP_VERIFIED');
      return list ?? undefined;
    });
    expect(note).toEqual({ type: 'STEP_VERIFIED', actors: [{ id: s.mentor.user.id }], room: { id: s.roomId } });
  });

  it('verifies only DONE steps of a shared enrollment, in a room still open', async () => {
    const unshared = await scene(false);
    expect(refusal(await t.gql(VERIFY, { r: unshared.roomId, s: roadmap.steps.Basics }, { token: unshared.mentor.token }))).toEqual({
      code: 'CONFLICT',
      field: 'roomId',
    });
    const s = await scene(true);
    const before = await rows(s.roomId, s.enrollmentId);
    expect(refusal(await t.gql(VERIFY, { r: s.roomId, s: roadmap.steps.Practice }, { token: s.mentor.token }))).toEqual({
      code: 'CONFLICT',
      field: 'stepId',
    });
    expect(await rows(s.roomId, s.enrollmentId)).toEqual(before);
    await t.gql(
      `mutation($r: ID!) { setRoomStatus(roomId: $r, status: COMPLETED) { status } }`,
      { r: s.roomId },
      { token: s.mentee.token },
    );
    expect(outcome(await t.gql(VERIFY, { r: s.roomId, s: roadmap.steps.Basics }, { token: s.mentor.token }))).toBe('CONFLICT');
  });
});
