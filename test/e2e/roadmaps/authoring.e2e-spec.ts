import { CommunityVisibility } from '@kindling/communities';
import { createTestApp, TestApp, TestMember } from '@kindling/testing';
import { expectOk, expectRejected, OPS, refusal, roadmapRows, seedCommunity, seedRoadmap, uniqueSlug } from './roadmap-fixtures';

/** Authoring rules: slugs, step content, http(s) resources, the 200-step cap. Cycles and reorders: prerequisites-and-order.e2e-spec.ts. */
describe('roadmap authoring', () => {
  let t: TestApp;
  let owner: TestMember, moderator: TestMember, member: TestMember;
  let community: { id: string; slug: string };
  let other: { id: string; slug: string };

  const as = (who: TestMember) => ({ token: who.token });

  beforeAll(async () => {
    t = await createTestApp();
    [owner, moderator, member] = await t.factories.members(3);
    community = await seedCommunity(t, { owner, visibility: CommunityVisibility.PUBLIC, moderators: [moderator], active: [member] });
    other = await seedCommunity(t, { owner, visibility: CommunityVisibility.PUBLIC });
  });
  afterAll(() => t.close());

  describe('createRoadmap and updateRoadmap', () => {
    it('creates a DRAFT at version 0 authored by the viewer; the slug is unique within the community only', async () => {
      const slug = uniqueSlug();
      const input = { communityId: community.id, slug, title: '  Rust in a month ', description: 'From zero' };
      const created = expectOk(await t.gql(OPS.createRoadmap, { input }, as(moderator))).createRoadmap;
      expect(created).toMatchObject({
        slug,
        title: 'Rust in a month',
        description: 'From zero',
        status: 'DRAFT',
        version: 0,
        hasUnpublishedChanges: true,
        enrollmentCount: 0,
        publishedAt: null,
        steps: [],
        community: { id: community.id },
        author: { id: moderator.user.id },
      });
      expect(refusal(await t.gql(OPS.createRoadmap, { input }, as(owner)))).toEqual({ code: 'CONFLICT', field: 'slug' });
      expect(expectOk(await t.gql(OPS.createRoadmap, { input: { ...input, communityId: other.id } }, as(owner))).createRoadmap.slug).toBe(
        slug,
      );
    });

    it.each([
      ['slug', { slug: 'Not A Slug' }],
      ['title', { title: '   ' }],
      ['title', { title: 'x'.repeat(141) }],
      ['description', { description: 'x'.repeat(4001) }],
      ['communityId', { communityId: 'abc' }],
    ])('refuses a bad %s with BAD_USER_INPUT naming it', async (field, patch) => {
      const input = { communityId: community.id, slug: uniqueSlug(), title: 'Fine', ...patch };
      expect(refusal(await t.gql(OPS.createRoadmap, { input }, as(owner)))).toEqual({ code: 'BAD_USER_INPUT', field });
    });

    it('says NOT_FOUND for a community that does not exist', async () => {
      const input = { communityId: '999999999', slug: uniqueSlug(), title: 'Nowhere' };
      expect(refusal(await t.gql(OPS.createRoadmap, { input }, as(owner)))).toEqual({ code: 'NOT_FOUND', field: 'communityId' });
    });

    it('applies title and description at once (they are not versioned)', async () => {
      const roadmap = await seedRoadmap(t, owner, community.id);
      const updated = expectOk(
        await t.gql(OPS.updateRoadmap, { id: roadmap.id, input: { title: 'Renamed', description: null } }, as(moderator)),
      );
      expect(updated.updateRoadmap).toMatchObject({ title: 'Renamed', description: null, hasUnpublishedChanges: false, version: 1 });
      expect(expectOk(await t.gql(OPS.roadmap, { id: roadmap.id }, as(member))).roadmap.title).toBe('Renamed');
    });
  });

  describe('steps', () => {
    it('appends steps with resources and prerequisites, positions 1..n', async () => {
      const roadmap = await seedRoadmap(t, owner, community.id, [['Setup']], { publish: false });
      const resources = [
        { title: 'The Book', url: 'https://doc.rust-lang.org/book/', kind: 'BOOK' },
        { title: 'Talk', url: 'http://example.com/talk', kind: 'VIDEO' },
      ];
      const input = {
        title: 'Ownership',
        description: 'Borrowing too',
        estimatedHours: 6,
        resources,
        prerequisiteIds: [roadmap.steps.Setup],
      };
      const step = expectOk(await t.gql(OPS.addStep, { roadmapId: roadmap.id, input }, as(moderator))).addRoadmapStep;
      expect(step).toMatchObject({
        title: 'Ownership',
        position: 2,
        estimatedHours: 6,
        resources,
        prerequisites: [{ id: roadmap.steps.Setup }],
      });
      const cleared = expectOk(await t.gql(OPS.updateStep, { stepId: step.id, input: { resources: null, description: null } }, as(owner)));
      expect(cleared.updateRoadmapStep).toMatchObject({ resources: [], description: null, title: 'Ownership', estimatedHours: 6 });
    });

    it.each([
      ['resources.0.url', { resources: [{ title: 'x', url: 'javascript:alert(1)', kind: 'OTHER' }] }],
      [
        'resources.1.url',
        {
          resources: [
            { title: 'ok', url: 'https://ok.dev', kind: 'OTHER' },
            { title: 'x', url: 'ftp://files.example.com/a', kind: 'OTHER' },
          ],
        },
      ],
      ['resources.0.url', { resources: [{ title: 'x', url: 'data:text/html,hi', kind: 'OTHER' }] }],
      ['resources.0.title', { resources: [{ title: ' ', url: 'https://ok.dev', kind: 'OTHER' }] }],
      ['resources', { resources: Array.from({ length: 21 }, () => ({ title: 'x', url: 'https://ok.dev', kind: 'OTHER' })) }],
      ['estimatedHours', { estimatedHours: -1 }],
      ['title', { title: '' }],
      ['prerequisiteIds', { prerequisiteIds: ['nope'] }],
    ])('refuses %s with BAD_USER_INPUT and writes nothing', async (field, patch) => {
      const roadmap = await seedRoadmap(t, owner, community.id, [['Only']], { publish: false });
      await expectRejected(t, roadmap, community.id, field, () =>
        t.gql(OPS.addStep, { roadmapId: roadmap.id, input: { title: 'New', ...patch } }, as(owner)),
      );
    });

    it('refuses prerequisites that are not steps of this roadmap', async () => {
      const roadmap = await seedRoadmap(t, owner, community.id, [['Only']], { publish: false });
      const foreign = await seedRoadmap(t, owner, community.id, [['Elsewhere']], { publish: false });
      await expectRejected(t, roadmap, community.id, 'prerequisiteIds', () =>
        t.gql(OPS.addStep, { roadmapId: roadmap.id, input: { title: 'New', prerequisiteIds: [foreign.steps.Elsewhere] } }, as(owner)),
      );
    });

    it('holds at most 200 steps', async () => {
      const roadmap = await seedRoadmap(t, owner, community.id, [['Step 1']], { publish: false });
      // Steps 2..199 written directly (the service path is what the two calls below exercise).
      await t.db.query(
        `INSERT INTO roadmap_step (roadmap_id, title, position) SELECT $1, 'Step ' || n, n FROM generate_series(2, 199) AS n`,
        [roadmap.id],
      );
      expectOk(
        await t.gql(
          OPS.addStep,
          { roadmapId: roadmap.id, input: { title: 'Step 200', prerequisiteIds: [roadmap.steps['Step 1']] } },
          as(owner),
        ),
      );
      const before = await roadmapRows(t, roadmap.id, community.id);
      const res = await t.gql(OPS.addStep, { roadmapId: roadmap.id, input: { title: 'One too many' } }, as(owner));
      expect(refusal(res)?.code).toBe('BAD_USER_INPUT');
      expect(await roadmapRows(t, roadmap.id, community.id)).toEqual(before);
      const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM roadmap_step WHERE roadmap_id = $1`, [roadmap.id]);
      expect(n).toBe(200);
    });

    it('removes a never-published step for good, and keeps a published one for the versions that show it', async () => {
      const roadmap = await seedRoadmap(t, owner, community.id, [['Published'], ['Next', ['Published']]]);
      const fresh = expectOk(await t.gql(OPS.addStep, { roadmapId: roadmap.id, input: { title: 'Fresh' } }, as(owner))).addRoadmapStep;
      expectOk(await t.gql(OPS.removeStep, { stepId: fresh.id }, as(owner)));
      expectOk(await t.gql(OPS.removeStep, { stepId: roadmap.steps.Published }, as(owner)));
      const rows = await t.db.query(
        `SELECT id::text, removed_at IS NOT NULL AS removed FROM roadmap_step WHERE roadmap_id = $1 ORDER BY id`,
        [roadmap.id],
      );
      expect(rows).toEqual([
        { id: roadmap.steps.Published, removed: true },
        { id: roadmap.steps.Next, removed: false },
      ]);
      expect(refusal(await t.gql(OPS.updateStep, { stepId: roadmap.steps.Published, input: { title: 'Back?' } }, as(owner)))).toEqual({
        code: 'NOT_FOUND',
        field: 'stepId',
      });
      expect(refusal(await t.gql(OPS.removeStep, { stepId: roadmap.steps.Published }, as(owner)))?.code).toBe('NOT_FOUND');
    });
  });
});
