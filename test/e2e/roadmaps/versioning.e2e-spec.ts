import { CommunityVisibility } from '@kindling/communities';
import { createTestApp, TestApp, TestMember } from '@kindling/testing';
import { ENROLLMENT_FIELDS, expectOk, OPS, outcome, refusal, roadmapRows, seedCommunity, seedRoadmap } from './roadmap-fixtures';

const ENROLLMENT = `query($id: ID!) { roadmap(id: $id) { version viewerEnrollment { ${ENROLLMENT_FIELDS} } } }`;
const LOG = `query($slug: String!) { community(slug: $slug) { moderationLog { nodes { type reason moderator { id } } } } }`;

type Progress = { step: { id: string; title: string; position: number }; status: string; unlocked: boolean };

/**
 * Versions and stable step ids: members follow a pinned published version
 * while moderators edit the draft, and progress on every step that still
 * exists survives every edit, every publish and every upgrade.
 */
describe('roadmap versions', () => {
  let t: TestApp;
  let owner: TestMember, moderator: TestMember, ana: TestMember, ben: TestMember;
  let community: { id: string; slug: string };
  let roadmapId: string;
  let ids: Record<string, string>;
  let anaEnrollment: string, benEnrollment: string;

  const as = (who: TestMember) => ({ token: who.token });
  const enrollmentOf = async (who: TestMember) => expectOk(await t.gql(ENROLLMENT, { id: roadmapId }, as(who))).roadmap.viewerEnrollment;
  const statuses = (steps: Progress[]) => Object.fromEntries(steps.map((s) => [s.step.title, s.status]));
  const titles = (steps: Array<{ title: string }>) => steps.map((s) => s.title);
  const setStatus = (who: TestMember, enrollmentId: string, stepId: string, status: string) =>
    t.gql(OPS.progress, { input: { enrollmentId, stepId, status } }, as(who));

  beforeAll(async () => {
    t = await createTestApp();
    [owner, moderator, ana, ben] = await t.factories.members(4);
    community = await seedCommunity(t, { owner, visibility: CommunityVisibility.PUBLIC, moderators: [moderator], active: [ana, ben] });
    const seeded = await seedRoadmap(t, moderator, community.id, [['Basics'], ['Practice', ['Basics']], ['Project', ['Practice']]], {
      publish: false,
    });
    roadmapId = seeded.id;
    ids = seeded.steps;
  });
  afterAll(() => t.close());

  it('keeps a draft to moderators until published, then snapshots it as version 1 with the same step ids', async () => {
    expect(expectOk(await t.gql(OPS.roadmap, { id: roadmapId }, as(ana))).roadmap).toBeNull();
    const draft = expectOk(await t.gql(OPS.roadmap, { id: roadmapId }, as(moderator))).roadmap;
    expect(draft).toMatchObject({ status: 'DRAFT', version: 0, hasUnpublishedChanges: true, publishedAt: null });

    const published = expectOk(await t.gql(OPS.publish, { id: roadmapId }, as(moderator))).publishRoadmap;
    expect(published).toMatchObject({ status: 'PUBLISHED', version: 1, hasUnpublishedChanges: false });
    expect(published.publishedAt).not.toBeNull();
    const seen = expectOk(await t.gql(OPS.roadmap, { id: roadmapId }, as(ana))).roadmap;
    expect(seen.steps.map((s: { id: string }) => s.id)).toEqual([ids.Basics, ids.Practice, ids.Project]);
    expect(seen.steps[2].prerequisites).toEqual([{ id: ids.Practice, title: 'Practice' }]);
    expect(seen.hasUnpublishedChanges).toBe(false);
  });

  it('publishing an unchanged draft makes no new version and logs nothing', async () => {
    const before = await roadmapRows(t, roadmapId, community.id);
    expect(expectOk(await t.gql(OPS.publish, { id: roadmapId }, as(owner))).publishRoadmap.version).toBe(1);
    expect(await roadmapRows(t, roadmapId, community.id)).toEqual(before);
  });

  it('edits after enrollment change the draft only: the member keeps their version and progress', async () => {
    const anaEnrolled = expectOk(await t.gql(OPS.enroll, { roadmapId, createThread: false }, as(ana))).enrollInRoadmap;
    anaEnrollment = anaEnrolled.id;
    benEnrollment = expectOk(await t.gql(OPS.enroll, { roadmapId, createThread: false }, as(ben))).enrollInRoadmap.id;
    expectOk(await setStatus(ana, anaEnrollment, ids.Basics, 'DONE'));
    expectOk(await setStatus(ana, anaEnrollment, ids.Practice, 'IN_PROGRESS'));
    expectOk(await setStatus(ben, benEnrollment, ids.Project, 'SKIPPED'));

    expectOk(await t.gql(OPS.updateStep, { stepId: ids.Practice, input: { title: 'Practice daily', estimatedHours: 10 } }, as(moderator)));
    ids.Review = expectOk(
      await t.gql(OPS.addStep, { roadmapId, input: { title: 'Review', prerequisiteIds: [ids.Project] } }, as(moderator)),
    ).addRoadmapStep.id;

    const draft = expectOk(await t.gql(OPS.roadmap, { id: roadmapId }, as(moderator))).roadmap;
    expect({ version: draft.version, changes: draft.hasUnpublishedChanges, steps: titles(draft.steps) }).toEqual({
      version: 1,
      changes: true,
      steps: ['Basics', 'Practice daily', 'Project', 'Review'],
    });
    const memberView = expectOk(await t.gql(OPS.roadmap, { id: roadmapId }, as(ana))).roadmap;
    expect({ steps: titles(memberView.steps), changes: memberView.hasUnpublishedChanges }).toEqual({
      steps: ['Basics', 'Practice', 'Project'],
      changes: false,
    });
    const enrollment = await enrollmentOf(ana);
    expect(enrollment).toMatchObject({ version: 1, upgradeAvailable: false, progress: 1 / 3 });
    expect(statuses(enrollment.steps)).toEqual({ Basics: 'DONE', Practice: 'IN_PROGRESS', Project: 'NOT_STARTED' });
  });

  it('a new version is offered, not imposed; upgrading keeps progress and adds the new step NOT_STARTED', async () => {
    expect(expectOk(await t.gql(OPS.publish, { id: roadmapId }, as(moderator))).publishRoadmap.version).toBe(2);
    const pinned = await enrollmentOf(ana);
    expect(pinned).toMatchObject({ version: 1, upgradeAvailable: true });
    expect(titles(pinned.steps.map((s: Progress) => s.step))).toEqual(['Basics', 'Practice', 'Project']);

    const upgraded = expectOk(await t.gql(OPS.upgrade, { id: anaEnrollment }, as(ana))).upgradeEnrollment;
    expect(upgraded).toMatchObject({ version: 2, upgradeAvailable: false, status: 'ACTIVE', progress: 1 / 4 });
    expect(statuses(upgraded.steps)).toEqual({
      Basics: 'DONE',
      'Practice daily': 'IN_PROGRESS',
      Project: 'NOT_STARTED',
      Review: 'NOT_STARTED',
    });
    expect(upgraded.steps.map((s: Progress) => s.step.id)).toEqual([ids.Basics, ids.Practice, ids.Project, ids.Review]);
  });

  it('upgrading when already current is a no-op that writes nothing', async () => {
    const before = await roadmapRows(t, roadmapId, community.id);
    const again = expectOk(await t.gql(OPS.upgrade, { id: anaEnrollment }, as(ana))).upgradeEnrollment;
    expect(again).toMatchObject({ version: 2, progress: 1 / 4 });
    expect(await roadmapRows(t, roadmapId, community.id)).toEqual(before);
  });

  it('removing a step with progress keeps it in the versions that have it; only an upgrade drops it', async () => {
    const removed = expectOk(await t.gql(OPS.removeStep, { stepId: ids.Basics }, as(moderator))).removeRoadmapStep;
    expect(removed.steps.map((s: { title: string; position: number }) => [s.title, s.position])).toEqual([
      ['Practice daily', 1],
      ['Project', 2],
      ['Review', 3],
    ]);
    // The dependant no longer requires the removed step.
    expect(removed.steps[0].prerequisites).toEqual([]);
    expect(statuses((await enrollmentOf(ana)).steps)).toMatchObject({ Basics: 'DONE' });

    expect(expectOk(await t.gql(OPS.publish, { id: roadmapId }, as(moderator))).publishRoadmap.version).toBe(3);
    const stillPinned = await enrollmentOf(ana);
    expect(stillPinned).toMatchObject({ version: 2, upgradeAvailable: true });
    expect(statuses(stillPinned.steps)).toMatchObject({ Basics: 'DONE' });

    const upgraded = expectOk(await t.gql(OPS.upgrade, { id: anaEnrollment }, as(ana))).upgradeEnrollment;
    expect(statuses(upgraded.steps)).toEqual({ 'Practice daily': 'IN_PROGRESS', Project: 'NOT_STARTED', Review: 'NOT_STARTED' });
    expect(upgraded.steps[0].unlocked).toBe(true);
    expect(upgraded.progress).toBe(0);
    const [row] = await t.db.query(`SELECT count(*)::int AS n FROM step_progress WHERE enrollment_id = $1 AND step_id = $2`, [
      anaEnrollment,
      ids.Basics,
    ]);
    expect(row.n).toBe(0);
  });

  it('reordering moves positions in the next version; statuses follow their steps', async () => {
    // SKIPPED: Review requires Project, which is not settled (DONE would be refused).
    expectOk(await setStatus(ana, anaEnrollment, ids.Review, 'SKIPPED'));
    const order = [ids.Review, ids.Project, ids.Practice];
    const reordered = expectOk(await t.gql(OPS.reorder, { roadmapId, stepIds: order }, as(owner))).reorderRoadmapSteps;
    expect(reordered.steps.map((s: { id: string }) => s.id)).toEqual(order);
    expect(reordered.hasUnpublishedChanges).toBe(true);
    expect(expectOk(await t.gql(OPS.publish, { id: roadmapId }, as(owner))).publishRoadmap.version).toBe(4);

    const upgraded = expectOk(await t.gql(OPS.upgrade, { id: anaEnrollment }, as(ana))).upgradeEnrollment;
    expect(upgraded.steps.map((s: Progress) => [s.step.title, s.step.position, s.status])).toEqual([
      ['Review', 1, 'SKIPPED'],
      ['Project', 2, 'NOT_STARTED'],
      ['Practice daily', 3, 'IN_PROGRESS'],
    ]);
  });

  it('an enrollment several versions behind upgrades straight to the latest, keeping what still exists', async () => {
    const pinned = await enrollmentOf(ben);
    expect(pinned).toMatchObject({ version: 1, upgradeAvailable: true });
    const upgraded = expectOk(await t.gql(OPS.upgrade, { id: benEnrollment }, as(ben))).upgradeEnrollment;
    expect(upgraded.version).toBe(4);
    expect(statuses(upgraded.steps)).toEqual({ Review: 'NOT_STARTED', Project: 'SKIPPED', 'Practice daily': 'NOT_STARTED' });
  });

  it('logs each publish and the archive with the version, and archiving stops new enrollments only', async () => {
    const latecomer = await t.factories.member();
    const archived = expectOk(await t.gql(OPS.archive, { id: roadmapId }, as(moderator))).archiveRoadmap;
    expect(archived.status).toBe('ARCHIVED');
    expect(refusal(await t.gql(OPS.enroll, { roadmapId, createThread: false }, as(latecomer)))).toEqual({
      code: 'CONFLICT',
      field: 'roadmapId',
    });
    expect(outcome(await setStatus(ana, anaEnrollment, ids.Project, 'SKIPPED'))).toBe('OK');

    const log = expectOk(await t.gql(LOG, { slug: community.slug }, as(owner))).community.moderationLog.nodes;
    const roadmapActions = log.filter((a: { type: string }) => a.type.endsWith('_ROADMAP'));
    expect(roadmapActions.map((a: { type: string; reason: string | null }) => [a.type, a.reason])).toEqual([
      ['ARCHIVE_ROADMAP', null],
      ['PUBLISH_ROADMAP', 'version 4'],
      ['PUBLISH_ROADMAP', 'version 3'],
      ['PUBLISH_ROADMAP', 'version 2'],
      ['PUBLISH_ROADMAP', 'version 1'],
    ]);
    const archiveAgain = await roadmapRows(t, roadmapId, community.id);
    expectOk(await t.gql(OPS.archive, { id: roadmapId }, as(moderator)));
    expect(await roadmapRows(t, roadmapId, community.id)).toEqual(archiveAgain);

    // Publishing again brings it back without a new version (the draft is unchanged).
    const back = expectOk(await t.gql(OPS.publish, { id: roadmapId }, as(moderator))).publishRoadmap;
    expect(back).toMatchObject({ status: 'PUBLISHED', version: 4 });
    expect(outcome(await t.gql(OPS.enroll, { roadmapId, createThread: false }, as(latecomer)))).toBe('OK');
  });

  it('refuses to publish a roadmap without steps', async () => {
    const empty = await seedRoadmap(t, owner, community.id, [], { publish: false });
    expect(refusal(await t.gql(OPS.publish, { id: empty.id }, as(owner)))).toEqual({ code: 'CONFLICT', field: 'id' });
    expect((await roadmapRows(t, empty.id, community.id)).roadmap).toMatchObject([{ version: 0, status: 'DRAFT' }]);
  });
});
