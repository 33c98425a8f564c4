import { CommunityVisibility } from '@kindling/communities';
import { createTestApp, TestApp, TestMember } from '@kindling/testing';
import { expectOk, expectRejected, OPS, seedCommunity, seedRoadmap } from './roadmap-fixtures';

/** Prerequisites stay an acyclic graph (a cycle is refused naming its steps); a reorder lists exactly the draft's steps. */
describe('roadmap prerequisites and order', () => {
  let t: TestApp;
  let owner: TestMember, moderator: TestMember;
  let community: { id: string; slug: string };

  const as = (who: TestMember) => ({ token: who.token });

  beforeAll(async () => {
    t = await createTestApp();
    [owner, moderator] = await t.factories.members(2);
    community = await seedCommunity(t, { owner, visibility: CommunityVisibility.PUBLIC, moderators: [moderator] });
  });
  afterAll(() => t.close());

  describe('prerequisite cycles', () => {
    it('refuses an update that closes a cycle, naming the steps on it in order, and writes nothing', async () => {
      const roadmap = await seedRoadmap(t, owner, community.id, [['Alpha'], ['Beta', ['Alpha']], ['Gamma', ['Beta']], ['Aside']], {
        publish: false,
      });
      const { Alpha, Beta, Gamma } = roadmap.steps;
      const res = await expectRejected(t, roadmap, community.id, 'prerequisiteIds', () =>
        t.gql(OPS.updateStep, { stepId: Alpha, input: { prerequisiteIds: [roadmap.steps.Aside, Gamma] } }, as(moderator)),
      );
      const error = res.errors![0];
      expect(error.message).toBe('prerequisiteIds would make a cycle: "Alpha" requires "Gamma" requires "Beta" requires "Alpha"');
      expect(error.extensions!.cycle).toEqual([
        { id: Alpha, title: 'Alpha' },
        { id: Gamma, title: 'Gamma' },
        { id: Beta, title: 'Beta' },
      ]);
    });

    it('refuses a step that requires itself', async () => {
      const roadmap = await seedRoadmap(t, owner, community.id, [['Solo']], { publish: false });
      const res = await expectRejected(t, roadmap, community.id, 'prerequisiteIds', () =>
        t.gql(OPS.updateStep, { stepId: roadmap.steps.Solo, input: { prerequisiteIds: [roadmap.steps.Solo] } }, as(owner)),
      );
      expect(res.errors![0].extensions!.cycle).toEqual([{ id: roadmap.steps.Solo, title: 'Solo' }]);
    });

    it('accepts a diamond (shared prerequisites are no cycle)', async () => {
      const roadmap = await seedRoadmap(t, owner, community.id, [['Root'], ['Left', ['Root']], ['Right', ['Root']], ['Top']], {
        publish: false,
      });
      const { Left, Right, Top } = roadmap.steps;
      const step = expectOk(
        await t.gql(OPS.updateStep, { stepId: Top, input: { prerequisiteIds: [Right, Left, Left] } }, as(owner)),
      ).updateRoadmapStep;
      expect(step.prerequisites.map((p: { title: string }) => p.title)).toEqual(['Left', 'Right']);
    });
  });

  describe('reorderRoadmapSteps', () => {
    it.each([
      ['a step missing', (s: Record<string, string>) => [s.A, s.B]],
      ['a step twice', (s: Record<string, string>) => [s.A, s.B, s.B, s.C]],
      ['a duplicate instead of a step', (s: Record<string, string>) => [s.A, s.B, s.B]],
      ['a foreign step', (s: Record<string, string>) => [s.A, s.B, s.C, '999999999']],
      ['an empty list', () => []],
    ])('refuses %s with BAD_USER_INPUT on stepIds', async (_, ids) => {
      const roadmap = await seedRoadmap(t, owner, community.id, [['A'], ['B'], ['C']], { publish: false });
      await expectRejected(t, roadmap, community.id, 'stepIds', () =>
        t.gql(OPS.reorder, { roadmapId: roadmap.id, stepIds: ids(roadmap.steps) }, as(owner)),
      );
    });

    it('puts the steps in the order given', async () => {
      const roadmap = await seedRoadmap(t, owner, community.id, [['A'], ['B'], ['C']], { publish: false });
      const { A, B, C } = roadmap.steps;
      const res = expectOk(await t.gql(OPS.reorder, { roadmapId: roadmap.id, stepIds: [C, A, B] }, as(moderator))).reorderRoadmapSteps;
      expect(res.steps.map((s: { title: string; position: number }) => `${s.position}:${s.title}`)).toEqual(['1:C', '2:A', '3:B']);
    });
  });
});
