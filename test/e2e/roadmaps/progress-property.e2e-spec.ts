import { CommunityVisibility } from '@kindling/communities';
import { findCycle, StepStatus } from '@kindling/roadmaps';
import { createTestApp, TestApp, TestMember } from '@kindling/testing';
import { expectOk, OPS, outcome, seedCommunity, seedRoadmap } from './roadmap-fixtures';

const SEQUENCES = 30;
const OPERATIONS_PER_SEQUENCE = 14;
const STATUSES = Object.values(StepStatus);
const ENROLLMENT = `query($id: ID!) { roadmap(id: $id) { version viewerEnrollment {
  id version status progress completedAt upgradeAvailable steps { step { id position } status unlocked }
} } }`;

/** mulberry32: a small seeded PRNG, so a failing sequence can be replayed from its seed. */
function prng(seed: number) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)];
  const subset = <T>(items: readonly T[], p: number) => items.filter(() => next() < p);
  const shuffle = <T>(items: readonly T[]) => {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = int(i + 1);
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy;
  };
  return { int, pick, subset, shuffle };
}

/** What the test believes: the draft (order and prerequisites), each version's steps, and the member's progress by step id. */
interface Model {
  draft: Array<{ id: string; prerequisiteIds: string[] }>;
  versions: Map<number, string[]>;
  /** Each version's prerequisites, by step id. */
  prerequisites: Map<number, Map<string, string[]>>;
  latest: number;
  pinned: number;
  progress: Map<string, StepStatus>;
  dirty: boolean;
}

/**
 * Property: whatever moderators do to the draft (add, remove, reorder,
 * update, publish) and whenever the member upgrades, the member's status on
 * every step of the version they follow is the last one they set (or
 * NOT_STARTED), and an upgrade keeps it for every step that still exists.
 */
describe('progress survives every edit (random sequences)', () => {
  let t: TestApp;
  let owner: TestMember, member: TestMember;
  let community: { id: string };

  beforeAll(async () => {
    t = await createTestApp();
    [owner, member] = await t.factories.members(2);
    community = await seedCommunity(t, { owner, visibility: CommunityVisibility.PUBLIC, active: [member] });
  });
  afterAll(() => t.close());

  const seeds = Array.from({ length: SEQUENCES }, (_, i) => 1000 + i);
  /** How often the sequences hit the paths that could lose progress. */
  const exercised = {
    upgradesAcrossVersions: 0,
    removedStepsWithProgress: 0,
    keptThroughUpgrade: 0,
    cyclesRefused: 0,
    versions: 0,
    doneRefused: 0,
  };

  it.each(seeds)('sequence with seed %i', async (seed) => {
    const random = prng(seed);
    const asOwner = { token: owner.token };
    const asMember = { token: member.token };
    const seeded = await seedRoadmap(t, owner, community.id, [['s1'], ['s2', ['s1']], ['s3']]);
    const roadmapId = seeded.id;
    const initial = Object.values(seeded.steps);
    const model: Model = {
      draft: [
        { id: seeded.steps.s1, prerequisiteIds: [] },
        { id: seeded.steps.s2, prerequisiteIds: [seeded.steps.s1] },
        { id: seeded.steps.s3, prerequisiteIds: [] },
      ],
      versions: new Map([[1, initial]]),
      prerequisites: new Map([[1, new Map([[seeded.steps.s2, [seeded.steps.s1]]])]]),
      latest: 1,
      pinned: 1,
      progress: new Map(),
      dirty: false,
    };
    const enrollmentId = expectOk(await t.gql(OPS.enroll, { roadmapId, createThread: false }, asMember)).enrollInRoadmap.id;
    const log: string[] = [];

    const check = async () => {
      const { roadmap } = expectOk(await t.gql(ENROLLMENT, { id: roadmapId }, asMember));
      const enrollment = roadmap.viewerEnrollment;
      const expectedIds = model.versions.get(model.pinned)!;
      const actual = enrollment.steps.map((s: { step: { id: string }; status: string }) => [s.step.id, s.status]);
      const expected = expectedIds.map((id) => [id, model.progress.get(id) ?? StepStatus.NOT_STARTED]);
      const settled = expected.filter(([, status]) => status === StepStatus.DONE || status === StepStatus.SKIPPED).length;
      expect({ seed, log, version: enrollment.version, steps: actual }).toEqual({ seed, log, version: model.pinned, steps: expected });
      expect(enrollment.progress).toBeCloseTo(settled / expected.length, 10);
      expect(enrollment.status).toBe(settled === expected.length ? 'COMPLETED' : 'ACTIVE');
      expect(enrollment.upgradeAvailable).toBe(model.latest > model.pinned);
      expect(roadmap.version).toBe(model.latest);
    };

    for (let i = 0; i < OPERATIONS_PER_SEQUENCE; i++) {
      const draftIds = model.draft.map((s) => s.id);
      const operation = random.pick(['add', 'remove', 'reorder', 'update', 'publish', 'upgrade', 'progress', 'progress'] as const);
      log.push(operation);
      if (operation === 'add') {
        const prerequisiteIds = random.subset(draftIds, 0.3);
        const step = expectOk(
          await t.gql(OPS.addStep, { roadmapId, input: { title: `added ${i}`, prerequisiteIds } }, asOwner),
        ).addRoadmapStep;
        model.draft.push({ id: step.id, prerequisiteIds });
        model.dirty = true;
      } else if (operation === 'remove' && draftIds.length > 1) {
        const id = random.pick(draftIds);
        if (model.progress.has(id)) exercised.removedStepsWithProgress++;
        expectOk(await t.gql(OPS.removeStep, { stepId: id }, asOwner));
        model.draft = model.draft
          .filter((s) => s.id !== id)
          .map((s) => ({ ...s, prerequisiteIds: s.prerequisiteIds.filter((p) => p !== id) }));
        model.dirty = true;
      } else if (operation === 'reorder') {
        const order = random.shuffle(draftIds);
        expectOk(await t.gql(OPS.reorder, { roadmapId, stepIds: order }, asOwner));
        model.draft = order.map((id) => model.draft.find((s) => s.id === id)!);
        model.dirty = model.dirty || order.some((id, k) => id !== draftIds[k]);
      } else if (operation === 'update') {
        const target = random.pick(draftIds);
        const prerequisiteIds = random.subset(draftIds, 0.4);
        const next = model.draft.map((s) => (s.id === target ? { ...s, prerequisiteIds } : s));
        const res = await t.gql(OPS.updateStep, { stepId: target, input: { title: `updated ${i}`, prerequisiteIds } }, asOwner);
        if (findCycle(next)) {
          expect({ seed, log, code: outcome(res) }).toEqual({ seed, log, code: 'BAD_USER_INPUT' });
          exercised.cyclesRefused++;
        } else {
          expectOk(res);
          model.draft = next;
          model.dirty = true;
        }
      } else if (operation === 'publish') {
        const version = expectOk(await t.gql(OPS.publish, { id: roadmapId }, asOwner)).publishRoadmap.version;
        if (model.dirty) {
          model.latest += 1;
          model.versions.set(
            model.latest,
            model.draft.map((s) => s.id),
          );
          model.prerequisites.set(model.latest, new Map(model.draft.map((s) => [s.id, s.prerequisiteIds])));
          model.dirty = false;
          exercised.versions++;
        }
        expect(version).toBe(model.latest);
      } else if (operation === 'upgrade') {
        expectOk(await t.gql(OPS.upgrade, { id: enrollmentId }, asMember));
        const kept = new Set(model.versions.get(model.latest));
        if (model.pinned < model.latest) {
          exercised.upgradesAcrossVersions++;
          exercised.keptThroughUpgrade += [...model.progress.keys()].filter((id) => kept.has(id)).length;
        }
        for (const id of model.progress.keys()) if (!kept.has(id)) model.progress.delete(id);
        model.pinned = model.latest;
      } else if (operation === 'progress') {
        const stepId = random.pick(model.versions.get(model.pinned)!);
        const status = random.pick(STATUSES);
        const res = await t.gql(OPS.progress, { input: { enrollmentId, stepId, status } }, asMember);
        const unsettled = (model.prerequisites.get(model.pinned)!.get(stepId) ?? []).filter(
          (p) => model.progress.get(p) !== StepStatus.DONE && model.progress.get(p) !== StepStatus.SKIPPED,
        );
        if (status === StepStatus.DONE && unsettled.length > 0) {
          expect({ seed, log, code: outcome(res) }).toEqual({ seed, log, code: 'CONFLICT' });
          exercised.doneRefused++;
        } else {
          expectOk(res);
          model.progress.set(stepId, status);
        }
      }
      await check();
    }
  });

  it('exercised the paths that could lose progress', () => {
    expect(exercised.versions).toBeGreaterThanOrEqual(30);
    expect(exercised.upgradesAcrossVersions).toBeGreaterThanOrEqual(15);
    expect(exercised.keptThroughUpgrade).toBeGreaterThanOrEqual(15);
    expect(exercised.removedStepsWithProgress).toBeGreaterThanOrEqual(5);
    expect(exercised.cyclesRefused).toBeGreaterThanOrEqual(3);
    expect(exercised.doneRefused).toBeGreaterThanOrEqual(1);
  });
});
