import { CommunityVisibility, MembershipsService } from '@kindling/communities';
import { EnrollmentsService, RoadmapDraftService } from '@kindling/roadmaps';
import { createTestApp, TestApp, TestMember, waitUntil } from '@kindling/testing';
import { expectOk, OPS, seedCommunity, seedRoadmap } from './roadmap-fixtures';

const INBOX = `{ notifications { nodes { type actorCount actors { id } roadmap { id version } } } }`;

type Inbox = Array<{ type: string; actorCount: number; actors: Array<{ id: string }>; roadmap: { id: string; version: number } | null }>;

/** publishRoadmap → typed job → worker → NotificationsService.notify: members on an older version hear of the new one. */
describe('ROADMAP_PUBLISHED notifications', () => {
  let t: TestApp;
  let owner: TestMember, moderator: TestMember, behind: TestMember, dropped: TestMember, leaver: TestMember, bystander: TestMember;

  const inbox = async (who: TestMember): Promise<Inbox> =>
    expectOk(await t.gql(INBOX, {}, { token: who.token })).notifications.nodes.filter(
      (n: { type: string }) => n.type === 'ROADMAP_PUBLISHED',
    );

  beforeAll(async () => {
    t = await createTestApp({ worker: true });
    [owner, moderator, behind, dropped, leaver, bystander] = await t.factories.members(6);
  });
  afterAll(() => t.close());

  it('tells every member with a live enrollment on an older version, once per roadmap while unread, from the publisher', async () => {
    const community = await seedCommunity(t, {
      owner,
      visibility: CommunityVisibility.PRIVATE,
      moderators: [moderator],
      active: [behind, dropped, leaver, bystander],
    });
    const roadmap = await seedRoadmap(t, moderator, community.id, [['One']]);
    const enrollments = t.app.get(EnrollmentsService);
    await enrollments.enroll(behind.user.id, roadmap.id, false);
    await enrollments.enroll(leaver.user.id, roadmap.id, false);
    await enrollments.enroll(moderator.user.id, roadmap.id, false);
    const gone = await enrollments.enroll(dropped.user.id, roadmap.id, false);
    await enrollments.drop(dropped.user.id, gone.id);
    await t.app.get(MembershipsService).leave(leaver.user.id, community.id);

    await t.app.get(RoadmapDraftService).addStep(moderator.user.id, roadmap.id, { title: 'Two' });
    expect(expectOk(await t.gql(OPS.publish, { id: roadmap.id }, { token: moderator.token })).publishRoadmap.version).toBe(2);
    const received = await waitUntil('the enrolled member to be told', async () =>
      (await inbox(behind)).length > 0 ? inbox(behind) : undefined,
    );
    expect(received).toEqual([
      { type: 'ROADMAP_PUBLISHED', actorCount: 1, actors: [{ id: moderator.user.id }], roadmap: { id: roadmap.id, version: 2 } },
    ]);

    // A second version while the first notice is unread regroups into it (same actor: still one).
    await t.app.get(RoadmapDraftService).addStep(moderator.user.id, roadmap.id, { title: 'Three' });
    expectOk(await t.gql(OPS.publish, { id: roadmap.id }, { token: moderator.token }));
    await waitUntil('the third version to be announced', async () => (await inbox(behind))[0]?.roadmap?.version === 3);
    expect(await inbox(behind)).toHaveLength(1);

    // The publisher, dropped members, members who left the private community and non-enrolled members hear nothing.
    for (const quiet of [moderator, dropped, leaver, bystander]) expect(await inbox(quiet)).toEqual([]);
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM notification WHERE type = 'ROADMAP_PUBLISHED' AND roadmap_id = $1`, [
      roadmap.id,
    ]);
    expect(n).toBe(1);
  });
});
