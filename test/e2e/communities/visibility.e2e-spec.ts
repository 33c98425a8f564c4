import { CommunitiesService, CommunityRole, CommunityVisibility, MembershipsService } from '@kindling/communities';
import { createTestApp, firstError, TestApp, TestMember } from '@kindling/testing';
import { CREATE_COMMUNITY, expectOk, uniqueSlug, uniqueWord } from './community-fixtures';

/**
 * A private community's name, slug, description, visibility and member count
 * are public; its members only to ACTIVE members; pending requests and bans
 * only to owners and moderators; its moderation log only to them too. What a
 * viewer may not see reads as empty, never as an error.
 */

const PUBLIC_FIELDS = `{ community(slug: $slug) { slug name description visibility memberCount viewerMembership { role status } } }`;
const MEMBERS = `query($slug: String!, $status: MembershipStatus, $role: CommunityRole, $first: Int, $after: String) {
  community(slug: $slug) {
    members(status: $status, role: $role, first: $first, after: $after) {
      edges { cursor node { role status user { handle } } }
      nodes { user { handle } }
      pageInfo { hasNextPage endCursor }
    }
  }
}`;
const LOG = `query($slug: String!) { community(slug: $slug) { moderationLog { nodes { type } } } }`;
const SEARCH = `query($q: String, $first: Int, $after: String) {
  communities(query: $q, first: $first, after: $after) { edges { cursor node { id slug visibility } } pageInfo { hasNextPage endCursor } }
}`;

const EMPTY = { edges: [], nodes: [], pageInfo: { hasNextPage: false, endCursor: null } };

type Viewer = 'anonymous' | 'nonMember' | 'pending' | 'banned' | 'member' | 'moderator' | 'owner';

describe('community visibility', () => {
  let t: TestApp;
  let people: Record<Exclude<Viewer, 'anonymous'>, TestMember>;
  const word = uniqueWord('hush');
  const slug = uniqueSlug('hidden');
  const descriptionWord = uniqueWord('desc');
  const description = `A private place where ${descriptionWord} practitioners compare notes`;

  const tokenOf = (viewer: Viewer) => (viewer === 'anonymous' ? undefined : people[viewer].token);
  const handles = (...who: Array<Exclude<Viewer, 'anonymous'>>) => who.map((w) => people[w].user.handle);
  const members = async (viewer: Viewer, args: Record<string, unknown> = {}) => {
    const res = await t.gql(MEMBERS, { slug, ...args }, { token: tokenOf(viewer) });
    return expectOk(res).community.members;
  };

  beforeAll(async () => {
    t = await createTestApp();
    const [owner, moderator, member, pending, banned, nonMember] = await t.factories.members(6);
    people = { owner, moderator, member, pending, banned, nonMember };
    const created = await t.gql(
      CREATE_COMMUNITY,
      { input: { slug, name: `Quiet ${word} circle`, description, visibility: 'PRIVATE' } },
      { token: owner.token },
    );
    const id = expectOk(created).createCommunity.id as string;
    const service = t.app.get(MembershipsService);
    for (const m of [moderator, member]) {
      const request = await service.join(m.user.id, id);
      await service.review(owner.user.id, request.id, true);
    }
    await service.setRole(owner.user.id, id, moderator.user.id, CommunityRole.MODERATOR);
    await service.join(pending.user.id, id);
    await service.join(banned.user.id, id);
    await service.ban(owner.user.id, id, banned.user.id, 'rude');
  });
  afterAll(() => t.close());

  it.each<[Viewer, { role: string; status: string } | null]>([
    ['anonymous', null],
    ['nonMember', null],
    ['pending', { role: 'MEMBER', status: 'PENDING' }],
    ['banned', { role: 'MEMBER', status: 'BANNED' }],
    ['member', { role: 'MEMBER', status: 'ACTIVE' }],
  ])('%s sees the name, slug, description, visibility and member count', async (viewer, membership) => {
    const res = await t.gql(`query($slug: String!) ${PUBLIC_FIELDS}`, { slug }, { token: tokenOf(viewer) });
    expect(expectOk(res).community).toEqual({
      slug,
      name: `Quiet ${word} circle`,
      description,
      visibility: 'PRIVATE',
      memberCount: 3,
      viewerMembership: membership,
    });
  });

  it.each<Viewer>(['anonymous', 'nonMember', 'pending', 'banned'])('members read as empty for %s (no error)', async (viewer) => {
    expect(await members(viewer)).toEqual(EMPTY);
    expect(await members(viewer, { status: 'ACTIVE', role: 'OWNER' })).toEqual(EMPTY);
  });

  it.each<Viewer>(['member', 'moderator', 'owner'])('ACTIVE members are listed for %s, in join order', async (viewer) => {
    const list = await members(viewer);
    expect(list.nodes.map((n: { user: { handle: string } }) => n.user.handle)).toEqual(handles('owner', 'moderator', 'member'));
    expect(list.edges.map((e: { node: { role: string; status: string } }) => [e.node.role, e.node.status])).toEqual([
      ['OWNER', 'ACTIVE'],
      ['MODERATOR', 'ACTIVE'],
      ['MEMBER', 'ACTIVE'],
    ]);
    const moderators = await members(viewer, { role: 'MODERATOR' });
    expect(moderators.nodes.map((n: { user: { handle: string } }) => n.user.handle)).toEqual(handles('moderator'));
  });

  it.each<[Viewer, boolean]>([
    ['anonymous', false],
    ['nonMember', false],
    ['pending', false],
    ['banned', false],
    ['member', false],
    ['moderator', true],
    ['owner', true],
  ])('PENDING and BANNED lists for %s: listed only for owners and moderators (%s)', async (viewer, listed) => {
    const pending = await members(viewer, { status: 'PENDING' });
    const bannedList = await members(viewer, { status: 'BANNED' });
    if (!listed) {
      expect([pending, bannedList]).toEqual([EMPTY, EMPTY]);
      return;
    }
    expect(pending.edges.map((e: { node: object }) => e.node)).toEqual([
      { role: 'MEMBER', status: 'PENDING', user: { handle: people.pending.user.handle } },
    ]);
    expect(bannedList.edges.map((e: { node: object }) => e.node)).toEqual([
      { role: 'MEMBER', status: 'BANNED', user: { handle: people.banned.user.handle } },
    ]);
  });

  it.each<[Viewer, string]>([
    ['anonymous', 'FORBIDDEN'],
    ['nonMember', 'FORBIDDEN'],
    ['pending', 'FORBIDDEN'],
    ['banned', 'FORBIDDEN'],
    ['member', 'FORBIDDEN'],
    ['moderator', 'OK'],
    ['owner', 'OK'],
  ])('moderationLog for %s → %s', async (viewer, expected) => {
    const res = await t.gql(LOG, { slug }, { token: tokenOf(viewer) });
    if (expected === 'OK') {
      expect(firstError(res)).toBeNull();
      expect(res.data!.community.moderationLog.nodes.map((n: { type: string }) => n.type)).toEqual([
        'BAN_MEMBER',
        'SET_ROLE',
        'APPROVE_MEMBER',
        'APPROVE_MEMBER',
      ]);
    } else {
      expect(firstError(res)?.code).toBe(expected);
      expect(res.errors![0].path).toEqual(['community', 'moderationLog']);
      expect(res.data?.community ?? null).toBeNull();
    }
  });

  it('a public community lists its members to everyone, anonymous included', async () => {
    const [owner, joiner] = await t.factories.members(2);
    const publicSlug = uniqueSlug('open');
    expectOk(await t.gql(CREATE_COMMUNITY, { input: { slug: publicSlug, name: 'Open', visibility: 'PUBLIC' } }, { token: owner.token }));
    const id = (await t.app.get(CommunitiesService).findBySlug(publicSlug))!.id;
    await t.app.get(MembershipsService).join(joiner.user.id, id);
    const res = await t.gql(MEMBERS, { slug: publicSlug });
    expect(expectOk(res).community.members.nodes.map((n: { user: { handle: string } }) => n.user.handle)).toEqual([
      owner.user.handle,
      joiner.user.handle,
    ]);
    expect(expectOk(await t.gql(MEMBERS, { slug: publicSlug, status: 'PENDING' })).community.members).toEqual(EMPTY);
  });

  it("a new request's own response shows the community's public face but no members", async () => {
    const joiner = await t.factories.member();
    const { id } = expectOk(await t.gql(`query($slug: String!) { community(slug: $slug) { id } }`, { slug })).community;
    const res = await t.gql(
      `mutation($id: ID!) { joinCommunity(communityId: $id) { status community { name memberCount members { nodes { id } } } } }`,
      { id },
      { token: joiner.token },
    );
    expect(expectOk(res).joinCommunity).toEqual({
      status: 'PENDING',
      community: { name: `Quiet ${word} circle`, memberCount: 3, members: { nodes: [] } },
    });
    await t.app.get(MembershipsService).leave(joiner.user.id, id); // withdraw, so the PENDING list stays as the other tests expect
  });

  it.each([
    ['an unknown slug', uniqueSlug('nothing')],
    ['an over-long slug', 'x'.repeat(200)],
  ])('%s reads as null, like nothing', async (_, unknown) => {
    const res = await t.gql(`query($slug: String!) ${PUBLIC_FIELDS}`, { slug: unknown });
    expect(expectOk(res).community).toBeNull();
  });

  it('members paginate with first/after over every row exactly once', async () => {
    const crowd = await t.factories.members(6);
    const open = uniqueSlug('crowd');
    const created = await t.gql(
      CREATE_COMMUNITY,
      { input: { slug: open, name: 'Crowd', visibility: 'PUBLIC' } },
      { token: crowd[0].token },
    );
    const id = expectOk(created).createCommunity.id as string;
    for (const m of crowd.slice(1)) await t.app.get(MembershipsService).join(m.user.id, id);
    const seen: string[] = [];
    const pages: boolean[] = [];
    let after: string | null = null;
    for (let i = 0; i < 10; i++) {
      const page: { nodes: Array<{ user: { handle: string } }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } } =
        await members('member', { slug: open, first: 4, after });
      seen.push(...page.nodes.map((n) => n.user.handle));
      pages.push(page.pageInfo.hasNextPage);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(pages).toEqual([true, false]);
    expect(seen).toEqual(crowd.map((m) => m.user.handle));
  });

  describe('communities(query:)', () => {
    const tag = uniqueWord('srch');
    const ids: Record<string, string> = {};

    beforeAll(async () => {
      const service = t.app.get(CommunitiesService);
      const creator = people.nonMember.user.id;
      const specs: Array<[string, string, string | null, CommunityVisibility]> = [
        ['public-name', `${tag}alpha guild`, null, CommunityVisibility.PUBLIC],
        ['private-name', `${tag}alpha club`, 'members only', CommunityVisibility.PRIVATE],
        ['public-description', 'Plain title', `We talk about ${tag}beta every week`, CommunityVisibility.PUBLIC],
        ['private-description', 'Another title', `Secret ${tag}beta and ${tag}alpha notes`, CommunityVisibility.PRIVATE],
      ];
      for (const [key, name, desc, visibility] of specs) {
        ids[key] = (await service.create(creator, { slug: uniqueSlug(key), name, description: desc, visibility })).id;
      }
    });

    const search = async (q: string | null, viewer: Viewer = 'anonymous', first = 20, after: string | null = null) => {
      const res = await t.gql(SEARCH, { q, first, after }, { token: tokenOf(viewer) });
      return expectOk(res).communities;
    };
    const idsOf = (connection: { edges: Array<{ node: { id: string } }> }) => connection.edges.map((e) => e.node.id).sort();
    const idsFor = (...keys: string[]) => keys.map((k) => ids[k]).sort();

    it.each<Viewer>(['anonymous', 'nonMember', 'member'])(
      'finds public and private communities by a name word prefix, for %s',
      async (viewer) => {
        expect(idsOf(await search(`${tag}alp`, viewer))).toEqual(idsFor('public-name', 'private-name', 'private-description'));
      },
    );

    it('finds them by a description word prefix', async () => {
      expect(idsOf(await search(`${tag}be`))).toEqual(idsFor('public-description', 'private-description'));
    });

    it('requires every word (AND), in any case, ignoring punctuation', async () => {
      expect(idsOf(await search(`${tag.toUpperCase()}ALPHA, club!`))).toEqual(idsFor('private-name'));
      expect(idsOf(await search(`${tag}beta secret`))).toEqual(idsFor('private-description'));
      expect(idsOf(await search(`${tag}gamma`))).toEqual([]);
    });

    it('finds the private community of the visibility suite by a word of its description', async () => {
      const found = await search(descriptionWord.slice(0, -2));
      expect(found.edges.map((e: { node: { slug: string; visibility: string } }) => e.node)).toEqual([
        expect.objectContaining({ slug, visibility: 'PRIVATE' }),
      ]);
    });

    it('paginates a search with first/after over every match exactly once, newest first', async () => {
      const seen: string[] = [];
      let after: string | null = null;
      for (let page = 0; page < 5; page++) {
        const result = await search(tag, 'anonymous', 1, after);
        seen.push(...result.edges.map((e: { node: { id: string } }) => e.node.id));
        expect(result.edges.length).toBe(1);
        if (!result.pageInfo.hasNextPage) break;
        after = result.pageInfo.endCursor;
      }
      expect(seen).toEqual(
        idsFor('public-name', 'private-name', 'public-description', 'private-description').sort((a, b) => Number(BigInt(b) - BigInt(a))),
      );
    });

    it('paginates the whole list with first/after: every community that existed is seen exactly once', async () => {
      const existing: Array<{ id: string }> = await t.db.query(`SELECT id::text FROM community`);
      const seen: string[] = [];
      let after: string | null = null;
      for (let page = 0; page < 1000; page++) {
        const result = await search(null, 'anonymous', 100, after);
        seen.push(...result.edges.map((e: { node: { id: string } }) => e.node.id));
        if (!result.pageInfo.hasNextPage) break;
        after = result.pageInfo.endCursor;
      }
      expect(new Set(seen).size).toBe(seen.length);
      const seenSet = new Set(seen);
      expect(existing.filter((c) => !seenSet.has(c.id))).toEqual([]);
    });

    it.each([0, 101])('first: %s → BAD_USER_INPUT on first', async (first) => {
      const res = await t.gql(SEARCH, { q: tag, first });
      expect(firstError(res)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    });
  });
});
