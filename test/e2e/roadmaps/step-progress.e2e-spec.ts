import { CommunityVisibility, MembershipsService } from '@kindling/communities';
import { PostsService } from '@kindling/posts';
import { StepProgressService } from '@kindling/roadmaps';
import { createTestApp, TestApp, TestMember } from '@kindling/testing';
import { expectOk, OPS, refusal, seedCommunity, seedRoadmap, SeededRoadmap } from './roadmap-fixtures';

const THREAD = `query($id: ID!) { thread(id: $id) { id posts { nodes { kind body roadmapStep { id } } } } }`;
const CREATE_POST = `mutation($input: CreatePostInput!) { createPost(input: $input) { id roadmapStep { id title } } }`;
const VERIFIED = `query($id: ID!) { roadmap(id: $id) { viewerEnrollment { steps { step { id } status verifiedBy { id } } } } }`;
const MY_STEPS = `query($id: ID!) { roadmap(id: $id) { viewerEnrollment { id steps { status unlocked } } } }`;

/** Progress on the steps of the pinned version: prerequisites, evidence, completion with its MILESTONE post, posts citing steps. */
describe('roadmap step progress', () => {
  let t: TestApp;
  let owner: TestMember, ana: TestMember, ben: TestMember;
  let club: { id: string; slug: string };
  let roadmap: SeededRoadmap;

  const as = (who: TestMember) => ({ token: who.token });
  const enroll = (who: TestMember) => t.gql(OPS.enroll, { roadmapId: roadmap.id }, as(who));
  const progress = (who: TestMember, input: Record<string, unknown>) => t.gql(OPS.progress, { input }, as(who));

  beforeAll(async () => {
    t = await createTestApp();
    [owner, ana, ben] = await t.factories.members(3);
    club = await seedCommunity(t, { owner, visibility: CommunityVisibility.PUBLIC, active: [ana, ben] });
    roadmap = await seedRoadmap(t, owner, club.id, [['Read'], ['Build', ['Read']], ['Ship', ['Build']]], { title: 'Web basics' });
    expectOk(await enroll(ana));
  });
  afterAll(() => t.close());

  describe('updateStepProgress', () => {
    let mine: string;
    let threadId: string;

    beforeAll(async () => {
      const enrolled = expectOk(await enroll(ben)).enrollInRoadmap;
      mine = enrolled.id;
      threadId = enrolled.thread.id;
    });

    it('unlocks dependants as prerequisites settle, and keeps evidence until cleared', async () => {
      const post = await t.app.get(PostsService).create(ben.user.id, { threadId, body: 'Read the docs' });
      const step = expectOk(
        await progress(ben, { enrollmentId: mine, stepId: roadmap.steps.Read, status: 'DONE', evidencePostId: post.id }),
      );
      expect(step.updateStepProgress).toMatchObject({ status: 'DONE', unlocked: true, evidence: { id: post.id }, verifiedBy: null });
      expect(step.updateStepProgress.updatedAt).not.toBeNull();
      const kept = expectOk(await progress(ben, { enrollmentId: mine, stepId: roadmap.steps.Read, status: 'SKIPPED' })).updateStepProgress;
      expect(kept).toMatchObject({ status: 'SKIPPED', evidence: { id: post.id } });
      const cleared = expectOk(
        await progress(ben, { enrollmentId: mine, stepId: roadmap.steps.Read, status: 'DONE', evidencePostId: null }),
      );
      expect(cleared.updateStepProgress.evidence).toBeNull();
      const { steps } = expectOk(await t.gql(MY_STEPS, { id: roadmap.id }, as(ben))).roadmap.viewerEnrollment;
      expect(steps).toEqual([
        { status: 'DONE', unlocked: true },
        { status: 'NOT_STARTED', unlocked: true },
        { status: 'NOT_STARTED', unlocked: false },
      ]);
    });

    it('sets a step DONE only once each prerequisite is DONE or SKIPPED, naming the missing ones; other statuses are free', async () => {
      const member = await t.factories.member();
      await t.app.get(MembershipsService).join(member.user.id, club.id);
      const enrollmentId = expectOk(await enroll(member)).enrollInRoadmap.id;
      const set = (stepId: string, status: string) => progress(member, { enrollmentId, stepId, status });
      const rows = () => t.db.query(`SELECT step_id::text, status FROM step_progress WHERE enrollment_id = $1 ORDER BY 1`, [enrollmentId]);

      const refused = await set(roadmap.steps.Build, 'DONE');
      expect(refusal(refused)).toEqual({ code: 'CONFLICT', field: 'stepId' });
      expect(refused.errors![0].extensions).toMatchObject({ reason: 'PREREQUISITES_NOT_SETTLED', missingStepIds: [roadmap.steps.Read] });
      expect(refused.errors![0].message).toContain('"Read"');
      expect(refusal(await set(roadmap.steps.Ship, 'DONE'))).toEqual({ code: 'CONFLICT', field: 'stepId' });
      expect(await rows()).toEqual([]);

      expectOk(await set(roadmap.steps.Build, 'IN_PROGRESS'));
      expectOk(await set(roadmap.steps.Ship, 'SKIPPED'));
      expectOk(await set(roadmap.steps.Read, 'SKIPPED'));
      expect(expectOk(await set(roadmap.steps.Build, 'DONE')).updateStepProgress.status).toBe('DONE');
      expect((await set(roadmap.steps.Ship, 'DONE')).errors).toBeUndefined();
    });

    it('refuses others’ enrollments, steps outside the pinned version and evidence that is not the member’s own visible post', async () => {
      const draftStep = (await seedRoadmap(t, owner, club.id, [['Elsewhere']])).steps.Elsewhere;
      const theirs = expectOk(await t.gql(MY_STEPS, { id: roadmap.id }, as(ana))).roadmap.viewerEnrollment.id;
      const anaThread = (await t.db.query(`SELECT thread_id::text AS id FROM roadmap_enrollment WHERE id = $1`, [theirs]))[0].id;
      const anasPost = await t.app.get(PostsService).create(ana.user.id, { threadId: anaThread, body: 'Mine' });
      const deleted = await t.app.get(PostsService).create(ben.user.id, { threadId, body: 'Gone soon' });
      await t.app.get(PostsService).delete(ben.user.id, deleted.id);
      const before = await t.db.query(
        `SELECT p.* FROM step_progress p JOIN roadmap_enrollment e ON e.id = p.enrollment_id WHERE e.roadmap_id = $1 ORDER BY 1, 2`,
        [roadmap.id],
      );
      const base = { enrollmentId: mine, stepId: roadmap.steps.Build, status: 'DONE' };
      expect(refusal(await progress(ben, { ...base, enrollmentId: theirs }))).toEqual({ code: 'NOT_FOUND', field: 'enrollmentId' });
      expect(refusal(await progress(ben, { ...base, stepId: draftStep }))).toEqual({ code: 'BAD_USER_INPUT', field: 'stepId' });
      expect(refusal(await progress(ben, { ...base, evidencePostId: anasPost.id }))).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'evidencePostId',
      });
      expect(refusal(await progress(ben, { ...base, evidencePostId: deleted.id }))).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'evidencePostId',
      });
      expect(refusal(await progress(ben, { ...base, status: 'FINISHED' }))?.code).toBe('BAD_USER_INPUT');
      expect(
        await t.db.query(
          `SELECT p.* FROM step_progress p JOIN roadmap_enrollment e ON e.id = p.enrollment_id WHERE e.roadmap_id = $1 ORDER BY 1, 2`,
          [roadmap.id],
        ),
      ).toEqual(before);
    });

    it('shows a verification recorded for a DONE step (the mentorship hook) until the status changes', async () => {
      const mentor = await t.factories.member();
      const hook = t.app.get(StepProgressService);
      await expect(hook.recordVerification(mine, roadmap.steps.Build, mentor.user.id, async () => undefined)).rejects.toMatchObject({
        code: 'STEP_NOT_DONE',
      });
      const verified = await hook.recordVerification(mine, roadmap.steps.Read, mentor.user.id, async () => undefined);
      expect(verified).toMatchObject({ status: 'DONE', verifiedById: mentor.user.id });
      const seen = async () =>
        expectOk(await t.gql(VERIFIED, { id: roadmap.id }, as(ben))).roadmap.viewerEnrollment.steps.find(
          (s: { step: { id: string } }) => s.step.id === roadmap.steps.Read,
        );
      expect(await seen()).toMatchObject({ status: 'DONE', verifiedBy: { id: mentor.user.id } });
      expectOk(await progress(ben, { enrollmentId: mine, stepId: roadmap.steps.Read, status: 'DONE', evidencePostId: null }));
      expect((await seen()).verifiedBy).toEqual({ id: mentor.user.id });
      expectOk(await progress(ben, { enrollmentId: mine, stepId: roadmap.steps.Read, status: 'SKIPPED' }));
      expect((await seen()).verifiedBy).toBeNull();
      const [row] = await t.db.query(`SELECT verified_by_id, verified_at FROM step_progress WHERE enrollment_id = $1 AND step_id = $2`, [
        mine,
        roadmap.steps.Read,
      ]);
      expect(row).toEqual({ verified_by_id: null, verified_at: null });
      expectOk(await progress(ben, { enrollmentId: mine, stepId: roadmap.steps.Read, status: 'DONE' }));
    });

    it('completes at progress 1 with completedAt and one MILESTONE post per completed version', async () => {
      expectOk(await progress(ben, { enrollmentId: mine, stepId: roadmap.steps.Build, status: 'DONE' }));
      const done = expectOk(await progress(ben, { enrollmentId: mine, stepId: roadmap.steps.Ship, status: 'SKIPPED' }));
      expect(done.updateStepProgress.status).toBe('SKIPPED');
      const enrollment = expectOk(await t.gql(OPS.myEnrollments, { status: 'COMPLETED' }, as(ben))).myEnrollments.nodes[0];
      expect(enrollment).toMatchObject({ id: mine, status: 'COMPLETED', progress: 1 });
      expect(enrollment.completedAt).not.toBeNull();
      const milestones = async () =>
        expectOk(await t.gql(THREAD, { id: threadId })).thread.posts.nodes.filter((p: { kind: string }) => p.kind === 'MILESTONE');
      expect(await milestones()).toEqual([
        { kind: 'MILESTONE', body: 'Completed the roadmap "Web basics" (version 1): 2 of 3 steps done, 1 skipped.', roadmapStep: null },
      ]);

      // Undoing a step reopens it; completing the same version again posts nothing new.
      expectOk(await progress(ben, { enrollmentId: mine, stepId: roadmap.steps.Ship, status: 'IN_PROGRESS' }));
      const reopened = expectOk(await t.gql(OPS.myEnrollments, {}, as(ben))).myEnrollments.nodes.find((e: { id: string }) => e.id === mine);
      expect(reopened).toMatchObject({ status: 'ACTIVE', completedAt: null, progress: 2 / 3 });
      expectOk(await progress(ben, { enrollmentId: mine, stepId: roadmap.steps.Ship, status: 'DONE' }));
      expect(await milestones()).toHaveLength(1);
    });
  });

  describe('createPost with a roadmap step', () => {
    it('accepts a step of the version the author follows and resolves Post.roadmapStep; refuses anything else', async () => {
      const member = await t.factories.member();
      await t.app.get(MembershipsService).join(member.user.id, club.id);
      const enrolled = expectOk(await enroll(member)).enrollInRoadmap;
      const threadId = enrolled.thread.id;
      const post = expectOk(
        await t.gql(CREATE_POST, { input: { threadId, body: 'Reading', roadmapStepId: roadmap.steps.Read } }, as(member)),
      );
      expect(post.createPost.roadmapStep).toEqual({ id: roadmap.steps.Read, title: 'Read' });
      expect(expectOk(await t.gql(THREAD, { id: threadId })).thread.posts.nodes[0].roadmapStep).toEqual({ id: roadmap.steps.Read });

      const draftOnly = await seedRoadmap(t, owner, club.id, [['Unpublished']], { publish: false });
      const countPosts = async () => (await t.db.query(`SELECT count(*)::int AS n FROM post WHERE author_id = $1`, [member.user.id]))[0].n;
      const posts = await countPosts();
      for (const stepId of [draftOnly.steps.Unpublished, '999999999']) {
        expect(refusal(await t.gql(CREATE_POST, { input: { threadId, body: 'x', roadmapStepId: stepId } }, as(member)))).toEqual({
          code: 'BAD_USER_INPUT',
          field: 'roadmapStepId',
        });
      }
      expectOk(await t.gql(OPS.drop, { id: enrolled.id }, as(member)));
      expect(
        refusal(await t.gql(CREATE_POST, { input: { threadId, body: 'x', roadmapStepId: roadmap.steps.Read } }, as(member)))?.code,
      ).toBe('BAD_USER_INPUT');
      expect(await countPosts()).toBe(posts);
    });
  });
});
