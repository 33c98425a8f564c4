import { CommunityVisibility, MembershipsService } from '@kindling/communities';
import { ThreadsService } from '@kindling/threads';
import { createTestApp, TestApp, TestMember } from '@kindling/testing';
import { expectOk, OPS, outcome, refusal, seedCommunity, seedRoadmap, SeededRoadmap } from './roadmap-fixtures';

const THREAD = `query($id: ID!) { thread(id: $id) { id enrollment { id status roadmap { id } } } }`;
const COUNT = `query($id: ID!) { roadmap(id: $id) { enrollmentCount viewerEnrollment { id status } } }`;

/** Enrolling (with or without a documenting thread), dropping, myEnrollments. Progress: step-progress.e2e-spec.ts. */
describe('roadmap enrollment', () => {
  let t: TestApp;
  let owner: TestMember, ana: TestMember, ben: TestMember, outsider: TestMember, banned: TestMember;
  let club: { id: string; slug: string };
  let hidden: { id: string; slug: string };
  let roadmap: SeededRoadmap;

  const as = (who: TestMember) => ({ token: who.token });
  const enroll = (who: TestMember, createThread?: boolean, roadmapId = roadmap.id) =>
    t.gql(OPS.enroll, { roadmapId, ...(createThread !== undefined && { createThread }) }, as(who));
  /** Enrollments and threads of a member: equal before and after a refused call proves nothing was written. */
  const rowsOf = async (who: TestMember) => ({
    enrollments: await t.db.query(`SELECT * FROM roadmap_enrollment WHERE user_id = $1 ORDER BY id`, [who.user.id]),
    threads: await t.db.query(`SELECT * FROM growth_thread WHERE author_id = $1 ORDER BY id`, [who.user.id]),
    counts: await t.db.query(`SELECT id, enrollment_count FROM roadmap WHERE community_id = ANY($1::bigint[]) ORDER BY id`, [
      [club.id, hidden.id],
    ]),
  });

  beforeAll(async () => {
    t = await createTestApp();
    [owner, ana, ben, outsider, banned] = await t.factories.members(5);
    club = await seedCommunity(t, { owner, visibility: CommunityVisibility.PUBLIC, active: [ana, ben], banned: [banned] });
    hidden = await seedCommunity(t, { owner, visibility: CommunityVisibility.PRIVATE, active: [ana] });
    roadmap = await seedRoadmap(t, owner, club.id, [['Read'], ['Build', ['Read']], ['Ship', ['Build']]], { title: 'Web basics' });
  });
  afterAll(() => t.close());

  describe('enrollInRoadmap', () => {
    let enrollmentId: string;
    let threadId: string;

    it('pins the current version and opens a growth thread in the community that points back to it', async () => {
      const enrolled = expectOk(await enroll(ana)).enrollInRoadmap;
      enrollmentId = enrolled.id;
      threadId = enrolled.thread.id;
      expect(enrolled).toMatchObject({
        version: 1,
        upgradeAvailable: false,
        status: 'ACTIVE',
        progress: 0,
        completedAt: null,
        user: { id: ana.user.id },
        roadmap: { id: roadmap.id },
        thread: { title: 'Web basics', community: { id: club.id } },
      });
      expect(
        enrolled.steps.map((s: { step: { id: string }; status: string; unlocked: boolean }) => [s.step.id, s.status, s.unlocked]),
      ).toEqual([
        [roadmap.steps.Read, 'NOT_STARTED', true],
        [roadmap.steps.Build, 'NOT_STARTED', false],
        [roadmap.steps.Ship, 'NOT_STARTED', false],
      ]);
      const thread = expectOk(await t.gql(THREAD, { id: threadId })).thread;
      expect(thread.enrollment).toEqual({ id: enrollmentId, status: 'ACTIVE', roadmap: { id: roadmap.id } });
      expect(expectOk(await t.gql(COUNT, { id: roadmap.id }, as(ana))).roadmap).toEqual({
        enrollmentCount: 1,
        viewerEnrollment: { id: enrollmentId, status: 'ACTIVE' },
      });
    });

    it('refuses a second live enrollment with CONFLICT and writes nothing', async () => {
      const before = await rowsOf(ana);
      expect(refusal(await enroll(ana))).toEqual({ code: 'CONFLICT', field: 'roadmapId' });
      expect(refusal(await enroll(ana, false))).toEqual({ code: 'CONFLICT', field: 'roadmapId' });
      expect(await rowsOf(ana)).toEqual(before);
    });

    it('a non-member of a public community may enroll without a thread; asking for one is FORBIDDEN and writes nothing', async () => {
      const before = await rowsOf(outsider);
      expect(refusal(await enroll(outsider))).toEqual({ code: 'FORBIDDEN', field: 'createThread' });
      expect(await rowsOf(outsider)).toEqual(before);
      const enrolled = expectOk(await enroll(outsider, false)).enrollInRoadmap;
      expect(enrolled).toMatchObject({ status: 'ACTIVE', thread: null });
      expect(expectOk(await t.gql(COUNT, { id: roadmap.id }, as(outsider))).roadmap.enrollmentCount).toBe(2);
    });

    it('refuses the banned, anonymous viewers, unseen roadmaps and drafts', async () => {
      const draft = await seedRoadmap(t, owner, club.id, [['Soon']], { publish: false });
      const secret = await seedRoadmap(t, owner, hidden.id, [['Secret']]);
      const before = await rowsOf(banned);
      expect(refusal(await enroll(banned, false))?.code).toBe('FORBIDDEN');
      expect(outcome(await t.gql(OPS.enroll, { roadmapId: roadmap.id }))).toBe('UNAUTHENTICATED');
      expect(refusal(await enroll(ben, false, secret.id))).toEqual({ code: 'NOT_FOUND', field: 'roadmapId' });
      expect(refusal(await enroll(ben, false, draft.id))).toEqual({ code: 'NOT_FOUND', field: 'roadmapId' });
      expect(refusal(await enroll(owner, false, draft.id))).toEqual({ code: 'CONFLICT', field: 'roadmapId' });
      expect(await rowsOf(banned)).toEqual(before);
    });

    it('undoes the enrollment when its thread cannot be opened after all (fault injected into ThreadsService.create)', async () => {
      const latecomer = await t.factories.member();
      await t.app.get(MembershipsService).join(latecomer.user.id, club.id);
      const create = jest.spyOn(t.app.get(ThreadsService), 'create').mockRejectedValueOnce(new Error('thread refused'));
      const before = await rowsOf(latecomer);
      expect(outcome(await enroll(latecomer))).toBe('INTERNAL_SERVER_ERROR');
      expect(await rowsOf(latecomer)).toEqual(before);
      create.mockRestore();
    });
  });

  describe('dropEnrollment and myEnrollments', () => {
    it('drops (idempotently), stops progress, frees the roadmap for a new enrollment and moves the count', async () => {
      const member = await t.factories.member();
      const first = expectOk(await enroll(member, false)).enrollInRoadmap.id;
      const count = async () => expectOk(await t.gql(COUNT, { id: roadmap.id }, as(member))).roadmap;
      const countBefore = (await count()).enrollmentCount;
      expect(expectOk(await t.gql(OPS.drop, { id: first }, as(member))).dropEnrollment.status).toBe('DROPPED');
      expect(expectOk(await t.gql(OPS.drop, { id: first }, as(member))).dropEnrollment.status).toBe('DROPPED');
      expect(await count()).toEqual({ enrollmentCount: countBefore - 1, viewerEnrollment: { id: first, status: 'DROPPED' } });
      expect(
        refusal(await t.gql(OPS.progress, { input: { enrollmentId: first, stepId: roadmap.steps.Read, status: 'DONE' } }, as(member)))
          ?.code,
      ).toBe('CONFLICT');
      expect(refusal(await t.gql(OPS.upgrade, { id: first }, as(member)))?.code).toBe('CONFLICT');
      expect(refusal(await t.gql(OPS.drop, { id: first }, as(ana)))).toEqual({ code: 'NOT_FOUND', field: 'enrollmentId' });

      const second = expectOk(await enroll(member, false)).enrollInRoadmap.id;
      expect(await count()).toEqual({ enrollmentCount: countBefore, viewerEnrollment: { id: second, status: 'ACTIVE' } });
      const page1 = expectOk(await t.gql(OPS.myEnrollments, { first: 1 }, as(member))).myEnrollments;
      expect(page1.nodes.map((e: { id: string }) => e.id)).toEqual([second]);
      expect(page1.pageInfo.hasNextPage).toBe(true);
      const page2 = expectOk(await t.gql(OPS.myEnrollments, { first: 1, after: page1.pageInfo.endCursor }, as(member))).myEnrollments;
      expect(page2.nodes.map((e: { id: string }) => e.id)).toEqual([first]);
      expect(page2.pageInfo.hasNextPage).toBe(false);
      expect(
        expectOk(await t.gql(OPS.myEnrollments, { status: 'DROPPED' }, as(member))).myEnrollments.nodes.map((e: { id: string }) => e.id),
      ).toEqual([first]);
      expect(outcome(await t.gql(OPS.myEnrollments, { first: 101 }, as(member)))).toBe('BAD_USER_INPUT');
      expect(outcome(await t.gql(OPS.myEnrollments, {}))).toBe('UNAUTHENTICATED');
    });
  });
});
