import { CommunityVisibility } from '@kindling/communities';
import { RoomRoadmapService } from '@kindling/mentorship';
import { EnrollmentsService, StepProgressService, StepStatus } from '@kindling/roadmaps';
import { createTestApp, expectOk, outcome, TestApp, TestMember } from '@kindling/testing';
import { seedCommunity, seedRoadmap } from '../roadmaps/roadmap-fixtures';
import { inHours, RoomFixture, roomFixture, roomRows } from '../mentorship/mentorship-fixtures';
import { ADD_GOAL, AGREEMENT, CANCEL, COMPLETE, SCHEDULE, SEND, STATUS, UPDATE_GOAL } from '../mentorship/room-ops';

type Side = 'blocker' | 'blocked';

/**
 * A block between a room's two participants (either way) stops every write into the room from both sides:
 * messages, sessions, goals, action items and the agreement are FORBIDDEN (reason BLOCKED) and nothing is written.
 * The room stays readable, either side may still pause or complete it, and it takes writes again once the block
 * is lifted.
 */
describe('a block between the participants of a mentorship room', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const writes: Array<[string, string, (fx: RoomFixture) => Record<string, unknown>]> = [
    ['sendRoomMessage', SEND, (fx) => ({ r: fx.roomId, body: 'are you there?' })],
    ['scheduleSession', SCHEDULE, (fx) => ({ r: fx.roomId, input: { scheduledAt: inHours(24).toISOString(), durationMinutes: 30 } })],
    ['cancelSession', CANCEL, (fx) => ({ s: fx.sessionId })],
    ['completeSession', COMPLETE, (fx) => ({ s: fx.sessionId, input: { notes: 'done' } })],
    ['addRoomGoal', ADD_GOAL, (fx) => ({ r: fx.roomId, input: { title: 'New goal' } })],
    ['updateRoomGoal', UPDATE_GOAL, (fx) => ({ g: fx.goalId, input: { status: 'DONE' } })],
    ['updateRoomAgreement', AGREEMENT, (fx) => ({ r: fx.roomId, input: { goals: 'ours' } })],
    ['setActionItemDone', `mutation($i: ID!) { setActionItemDone(actionItemId: $i, done: true) { id } }`, (fx) => ({ i: fx.menteeItemId })],
  ];

  /** A room where the mentor blocks the mentee (`mentorBlocks`) or the other way round. */
  async function blockedRoom(mentorBlocks: boolean) {
    const fx = await roomFixture(t);
    const [blocker, blocked] = mentorBlocks ? [fx.mentor, fx.mentee] : [fx.mentee, fx.mentor];
    expectOk(await t.gql(`mutation($u: ID!) { blockUser(userId: $u) { id } }`, { u: blocked.user.id }, { token: blocker.token }));
    return { fx, who: { blocker, blocked } as Record<Side, TestMember> };
  }

  describe.each([
    ['the mentor blocks the mentee', true],
    ['the mentee blocks the mentor', false],
  ])('%s', (_, mentorBlocks) => {
    let scene: Awaited<ReturnType<typeof blockedRoom>>;
    beforeAll(async () => {
      scene = await blockedRoom(mentorBlocks);
    });

    describe.each<Side>(['blocked', 'blocker'])('from the %s side', (side) => {
      it.each(writes)('%s is FORBIDDEN (BLOCKED) and writes nothing', async (_, mutation, variables) => {
        const before = await roomRows(t, scene.fx);
        const res = await t.gql(mutation, variables(scene.fx), { token: scene.who[side].token });
        expect(res.data ?? null).toBeNull();
        expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'BLOCKED' });
        expect(await roomRows(t, scene.fx)).toEqual(before);
      });
    });

    it('the room stays readable to both', async () => {
      for (const member of [scene.fx.mentor, scene.fx.mentee]) {
        const res = expectOk(
          await t.gql(
            `query($r: ID!) { mentorshipRoom(id: $r) { id messages { nodes { body } } } }`,
            { r: scene.fx.roomId },
            { token: member.token },
          ),
        );
        expect(res.mentorshipRoom).toEqual({ id: scene.fx.roomId, messages: { nodes: [{ body: 'Hello!' }] } });
      }
    });
  });

  it("the roadmap side too: the mentor's verifyStep and the mentee's shareEnrollmentWithRoom are FORBIDDEN (BLOCKED)", async () => {
    const fx = await roomFixture(t);
    const communityId = (await seedCommunity(t, { owner: fx.mentor, visibility: CommunityVisibility.PUBLIC })).id;
    const roadmap = await seedRoadmap(t, fx.mentor, communityId, [['Basics']]);
    const enrollment = await t.app.get(EnrollmentsService).enroll(fx.mentee.user.id, roadmap.id, false);
    await t.app
      .get(StepProgressService)
      .update(fx.mentee.user.id, { enrollmentId: enrollment.id, stepId: roadmap.steps.Basics, status: StepStatus.DONE });
    await t.app.get(RoomRoadmapService).shareEnrollment(fx.mentee.user.id, fx.roomId, enrollment.id);
    expectOk(await t.gql(`mutation($u: ID!) { blockUser(userId: $u) { id } }`, { u: fx.mentor.user.id }, { token: fx.mentee.token }));
    const progress = () => t.db.query(`SELECT * FROM step_progress WHERE enrollment_id = $1`, [enrollment.id]);
    const before = [await roomRows(t, fx), await progress()];
    const calls: Array<[TestMember, string, Record<string, unknown>]> = [
      [
        fx.mentor,
        `mutation($r: ID!, $s: ID!) { verifyStep(roomId: $r, stepId: $s) { status } }`,
        { r: fx.roomId, s: roadmap.steps.Basics },
      ],
      [
        fx.mentee,
        `mutation($r: ID!, $e: ID!) { shareEnrollmentWithRoom(roomId: $r, enrollmentId: $e) { id } }`,
        { r: fx.roomId, e: enrollment.id },
      ],
    ];
    for (const [member, mutation, variables] of calls) {
      const res = await t.gql(mutation, variables, { token: member.token });
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'BLOCKED' });
    }
    expect([await roomRows(t, fx), await progress()]).toEqual(before);
  });

  it('either side may still pause the room, and writes come back once the block is lifted', async () => {
    const { fx, who } = await blockedRoom(true);
    expect(expectOk(await t.gql(STATUS, { r: fx.roomId, s: 'PAUSED' }, { token: who.blocked.token })).setRoomStatus).toEqual({
      status: 'PAUSED',
    });
    expect(outcome(await t.gql(STATUS, { r: fx.roomId, s: 'ACTIVE' }, { token: who.blocker.token }))).toBe('OK');
    expectOk(await t.gql(`mutation($u: ID!) { unblockUser(userId: $u) { id } }`, { u: who.blocked.user.id }, { token: who.blocker.token }));
    for (const member of [who.blocked, who.blocker]) {
      expect(outcome(await t.gql(SEND, { r: fx.roomId, body: 'back again' }, { token: member.token }))).toBe('OK');
    }
  });
});
