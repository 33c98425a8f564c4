import { CommunityVisibility } from '@kindling/communities';
import { createTestApp, expectOk, TestApp, TestMember } from '@kindling/testing';
import { seedCommunity, snapshot } from '../communities/community-fixtures';

const UPDATE = `mutation($id: ID!, $input: UpdateCommunityInput!) { updateCommunity(id: $id, input: $input) { name visibility } }`;
const LOG = `query($slug: String!) { community(slug: $slug) { moderationLog { nodes { type reason moderator { id } targetUser { id } } } } }`;

type Who = 'owner' | 'moderator' | 'member' | 'outsider';

/**
 * Turning a community PUBLIC or PRIVATE is an owner action: moderators keep editing name and description, but a
 * call of theirs that would change the visibility is FORBIDDEN (reason OWNER_ONLY, field visibility) and writes
 * nothing, not even the name beside it. Each change an owner makes lands in the moderation log as
 * VISIBILITY_CHANGED ("PUBLIC → PRIVATE"), in the same transaction.
 */
describe("changing a community's visibility", () => {
  let t: TestApp;
  let who: Record<Who, TestMember>;
  beforeAll(async () => {
    t = await createTestApp();
    const [owner, moderator, member, outsider] = await t.factories.members(4);
    who = { owner, moderator, member, outsider };
  });
  afterAll(() => t.close());

  const community = (visibility: CommunityVisibility) =>
    seedCommunity(t, { owner: who.owner, visibility, moderators: [who.moderator], active: [who.member] });

  it.each<[Who, 'PUBLIC' | 'PRIVATE', string, string]>([
    ['moderator', 'PUBLIC', 'FORBIDDEN', 'OWNER_ONLY'],
    ['moderator', 'PRIVATE', 'FORBIDDEN', 'OWNER_ONLY'],
    ['member', 'PUBLIC', 'FORBIDDEN', 'NOT_A_MODERATOR'],
    ['outsider', 'PUBLIC', 'FORBIDDEN', 'NOT_A_MODERATOR'],
  ])('by a %s, from %s, is %s (%s) and writes nothing', async (actor, from, code, reason) => {
    const { id } = await community(from as CommunityVisibility);
    const to = from === 'PUBLIC' ? 'PRIVATE' : 'PUBLIC';
    const before = await snapshot(t, id);
    const res = await t.gql(UPDATE, { id, input: { name: 'Taken over', visibility: to } }, { token: who[actor].token });
    expect(res.data ?? null).toBeNull();
    expect(res.errors?.[0]?.extensions).toMatchObject({ code, reason });
    if (reason === 'OWNER_ONLY') expect(res.errors?.[0]?.extensions?.field).toBe('visibility');
    expect(await snapshot(t, id)).toEqual(before);
  });

  it.each<'PUBLIC' | 'PRIVATE'>(['PUBLIC', 'PRIVATE'])('by the owner, from %s: done and logged as VISIBILITY_CHANGED', async (from) => {
    const { id, slug } = await community(from as CommunityVisibility);
    const to = from === 'PUBLIC' ? 'PRIVATE' : 'PUBLIC';
    const before = await snapshot(t, id);
    const res = expectOk(await t.gql(UPDATE, { id, input: { visibility: to } }, { token: who.owner.token }));
    expect(res.updateCommunity.visibility).toBe(to);
    const after = await snapshot(t, id);
    expect(after.actions.slice(0, before.actions.length)).toEqual(before.actions);
    expect(after.actions.slice(before.actions.length)).toEqual([
      expect.objectContaining({
        type: 'VISIBILITY_CHANGED',
        moderator_id: who.owner.user.id,
        target_user_id: null,
        reason: `${from} → ${to}`,
      }),
    ]);
    const log = expectOk(await t.gql(LOG, { slug }, { token: who.moderator.token })).community.moderationLog.nodes;
    expect(log[0]).toEqual({
      type: 'VISIBILITY_CHANGED',
      reason: `${from} → ${to}`,
      moderator: { id: who.owner.user.id },
      targetUser: null,
    });
  });

  it('a moderator still renames the community, and restating the current visibility is no change (nothing logged)', async () => {
    const { id } = await community(CommunityVisibility.PUBLIC);
    const before = await snapshot(t, id);
    const res = expectOk(await t.gql(UPDATE, { id, input: { name: 'Renamed', visibility: 'PUBLIC' } }, { token: who.moderator.token }));
    expect(res.updateCommunity).toEqual({ name: 'Renamed', visibility: 'PUBLIC' });
    expect((await snapshot(t, id)).actions).toEqual(before.actions);
    expectOk(await t.gql(UPDATE, { id, input: { visibility: 'PUBLIC' } }, { token: who.owner.token }));
    expect((await snapshot(t, id)).actions).toEqual(before.actions);
  });
});
