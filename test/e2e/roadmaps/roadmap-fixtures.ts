import { RoadmapDraftService, RoadmapPublishingService, RoadmapsService, StepView } from '@kindling/roadmaps';
import { expectOk, GraphQLResponse, outcome, refusal, TestApp, TestMember, uniqueSlug } from '@kindling/testing';

/** Operations and helpers shared by the roadmap e2e specs. */

export const STEP_FIELDS = `id title description position estimatedHours resources { title url kind } prerequisites { id title }`;
export const ROADMAP_FIELDS = `id slug title description status version hasUnpublishedChanges enrollmentCount publishedAt community { id } author { id } steps { ${STEP_FIELDS} }`;
export const PROGRESS_FIELDS = `step { id title position } status unlocked updatedAt evidence { id } verifiedBy { id }`;
export const ENROLLMENT_FIELDS = `id version upgradeAvailable status progress completedAt user { id } roadmap { id } thread { id title community { id } } steps { ${PROGRESS_FIELDS} }`;

export const OPS = {
  roadmap: `query($id: ID!) { roadmap(id: $id) { ${ROADMAP_FIELDS} viewerEnrollment { id status } } }`,
  createRoadmap: `mutation($input: CreateRoadmapInput!) { createRoadmap(input: $input) { ${ROADMAP_FIELDS} } }`,
  updateRoadmap: `mutation($id: ID!, $input: UpdateRoadmapInput!) { updateRoadmap(id: $id, input: $input) { ${ROADMAP_FIELDS} } }`,
  addStep: `mutation($roadmapId: ID!, $input: RoadmapStepInput!) { addRoadmapStep(roadmapId: $roadmapId, input: $input) { ${STEP_FIELDS} } }`,
  updateStep: `mutation($stepId: ID!, $input: UpdateRoadmapStepInput!) { updateRoadmapStep(stepId: $stepId, input: $input) { ${STEP_FIELDS} } }`,
  removeStep: `mutation($stepId: ID!) { removeRoadmapStep(stepId: $stepId) { ${ROADMAP_FIELDS} } }`,
  reorder: `mutation($roadmapId: ID!, $stepIds: [ID!]!) { reorderRoadmapSteps(roadmapId: $roadmapId, stepIds: $stepIds) { ${ROADMAP_FIELDS} } }`,
  publish: `mutation($id: ID!) { publishRoadmap(id: $id) { ${ROADMAP_FIELDS} } }`,
  archive: `mutation($id: ID!) { archiveRoadmap(id: $id) { ${ROADMAP_FIELDS} } }`,
  enroll: `mutation($roadmapId: ID!, $createThread: Boolean) { enrollInRoadmap(roadmapId: $roadmapId, createThread: $createThread) { ${ENROLLMENT_FIELDS} } }`,
  progress: `mutation($input: StepProgressInput!) { updateStepProgress(input: $input) { ${PROGRESS_FIELDS} } }`,
  upgrade: `mutation($id: ID!) { upgradeEnrollment(enrollmentId: $id) { ${ENROLLMENT_FIELDS} } }`,
  drop: `mutation($id: ID!) { dropEnrollment(enrollmentId: $id) { ${ENROLLMENT_FIELDS} } }`,
  myEnrollments: `query($status: EnrollmentStatus, $first: Int, $after: String) { myEnrollments(status: $status, first: $first, after: $after) { nodes { ${ENROLLMENT_FIELDS} } pageInfo { hasNextPage endCursor } } }`,
} as const;

export { seedCommunity, uniqueSlug } from '../communities/community-fixtures';

export interface SeededRoadmap {
  id: string;
  /** Step ids by title. */
  steps: Record<string, string>;
}

/**
 * A roadmap built through the services by `author`: steps in order, each
 * `[title, prerequisite titles]`; published once unless `publish` is false.
 */
export async function seedRoadmap(
  t: TestApp,
  author: TestMember,
  communityId: string,
  steps: ReadonlyArray<[string, string[]?]> = [['Basics'], ['Practice', ['Basics']]],
  { publish = true, title = 'Seeded roadmap' }: { publish?: boolean; title?: string } = {},
): Promise<SeededRoadmap> {
  const roadmap = await t.app.get(RoadmapsService).create(author.user.id, { communityId, slug: uniqueSlug(), title });
  const ids: Record<string, string> = {};
  for (const [stepTitle, prerequisites = []] of steps) {
    const step: StepView = await t.app
      .get(RoadmapDraftService)
      .addStep(author.user.id, roadmap.id, { title: stepTitle, prerequisiteIds: prerequisites.map((p) => ids[p]) });
    ids[stepTitle] = step.id;
  }
  if (publish) await t.app.get(RoadmapPublishingService).publish(author.user.id, roadmap.id);
  return { id: roadmap.id, steps: ids };
}

/** Every roadmap row of a roadmap (steps, versions, enrollments, progress) and the community's log, to prove a refusal wrote nothing. */
export async function roadmapRows(t: TestApp, roadmapId: string, communityId: string): Promise<Record<string, unknown[]>> {
  const q = (sql: string, params: unknown[] = [roadmapId]) => t.db.query(sql, params);
  const [roadmap, step, version, versionStep, enrollment, progress, log] = await Promise.all([
    q(`SELECT * FROM roadmap WHERE id = $1`),
    q(`SELECT * FROM roadmap_step WHERE roadmap_id = $1 ORDER BY id`),
    q(`SELECT * FROM roadmap_version WHERE roadmap_id = $1 ORDER BY version`),
    q(`SELECT * FROM roadmap_version_step WHERE roadmap_id = $1 ORDER BY version, step_id`),
    q(`SELECT * FROM roadmap_enrollment WHERE roadmap_id = $1 ORDER BY id`),
    q(`SELECT p.* FROM step_progress p JOIN roadmap_enrollment e ON e.id = p.enrollment_id WHERE e.roadmap_id = $1 ORDER BY 1, 2`),
    q(`SELECT * FROM moderation_action WHERE community_id = $1 ORDER BY id`, [communityId]),
  ]);
  return { roadmap, step, version, versionStep, enrollment, progress, log };
}

/** Runs a call that must be refused with BAD_USER_INPUT on `field`, and checks the roadmap and its community log are unchanged. */
export async function expectRejected(
  t: TestApp,
  roadmap: { id: string },
  communityId: string,
  field: string,
  call: () => Promise<GraphQLResponse>,
): Promise<GraphQLResponse> {
  const before = await roadmapRows(t, roadmap.id, communityId);
  const res = await call();
  expect(refusal(res)).toEqual({ code: 'BAD_USER_INPUT', field });
  expect(res.data ?? null).toBeNull();
  expect(await roadmapRows(t, roadmap.id, communityId)).toEqual(before);
  return res;
}

export { expectOk, outcome, refusal };
