import { CommunityVisibility } from '@kindling/communities';
import { JobPostingsService } from '@kindling/job-board';
import { SocialGraphService } from '@kindling/social-graph';
import { createTestApp, TestApp, TestMember } from '@kindling/testing';
import { uniqueWord } from '../communities/community-fixtures';
import { ContentBuilder, search } from './search-fixtures';

/**
 * Search applies the rules every list applies: a private community's threads,
 * posts, roadmaps and jobs reach its ACTIVE members only (drafts and closed
 * jobs nobody), members who block each other find nothing of each other
 * (either way), deleted posts are gone.
 */
describe('search: visibility', () => {
  let t: TestApp;
  let build: ContentBuilder;

  beforeAll(async () => {
    t = await createTestApp();
    build = new ContentBuilder(t);
  });
  afterAll(() => t.close());

  describe('private communities', () => {
    const v = uniqueWord('v');
    let people: Record<'owner' | 'member' | 'pending' | 'outsider', TestMember>;
    let slug: string;

    beforeAll(async () => {
      const [owner, member, pending, outsider] = await t.factories.members(4);
      people = { owner, member, pending, outsider };
      const community = await build.community(owner, `${v} circle`, CommunityVisibility.PRIVATE);
      slug = community.slug;
      await build.join(member, community.id, owner);
      await build.join(pending, community.id);
      const inside = await build.thread(owner, `${v} private plan`, { communityId: community.id });
      await build.post(owner, inside.id, `${v} private post`);
      await build.job(owner, `${v} private job`, community.id);
      await build.roadmap(owner, community.id, `${v} private roadmap`);
      const open = await build.community(owner, `Open ${uniqueWord('o')}`, CommunityVisibility.PUBLIC);
      await build.roadmap(owner, open.id, `${v} public roadmap`);
      await build.roadmap(owner, open.id, `${v} draft roadmap`, { publish: false });
      const outside = await build.thread(owner, `${v} public plan`);
      await build.post(owner, outside.id, `${v} public post`);
      await build.job(owner, `${v} public job`);
      const closed = await build.job(owner, `${v} closed job`);
      await t.app.get(JobPostingsService).close(owner.user.id, closed.id);
    });

    it.each([
      ['anonymous', false],
      ['outsider', false],
      ['pending', false],
      ['member', true],
      ['owner', true],
    ] as const)('%s sees the inside: %s (the name is public to all)', async (who, inside) => {
      const found = await search(t, v, who === 'anonymous' ? null : people[who]);
      expect(found).toEqual({
        users: [],
        communities: [slug],
        threads: inside ? [`${v} public plan`, `${v} private plan`] : [`${v} public plan`],
        posts: inside ? [`${v} public post`, `${v} private post`] : [`${v} public post`],
        roadmaps: inside ? [`${v} public roadmap`, `${v} private roadmap`] : [`${v} public roadmap`],
        jobs: inside ? [`${v} public job`, `${v} private job`] : [`${v} public job`],
      });
    });
  });

  describe('blocks', () => {
    const b = uniqueWord('b');
    let blocker: TestMember;
    let blocked: TestMember;
    let bystander: TestMember;

    beforeAll(async () => {
      blocker = await t.factories.member({ displayName: `Blocker ${b}` });
      blocked = await t.factories.member({ displayName: `Blocked ${b}` });
      bystander = await t.factories.member();
      for (const [author, label] of [
        [blocker, 'blocker'],
        [blocked, 'blocked'],
      ] as const) {
        const thread = await build.thread(author, `${b} thread by ${label}`);
        await build.post(author, thread.id, `${b} post by ${label}`);
        await build.job(author, `${b} job by ${label}`);
      }
      await t.app.get(SocialGraphService).block(blocker.user.id, blocked.user.id);
    });

    const by = (label: string) => ({
      users: [label === 'blocker' ? blocker.user.handle : blocked.user.handle],
      threads: [`${b} thread by ${label}`],
      posts: [`${b} post by ${label}`],
      jobs: [`${b} job by ${label}`],
    });
    const sorted = (found: Awaited<ReturnType<typeof search>>) => ({
      users: found.users.sort(),
      threads: found.threads.sort(),
      posts: found.posts.sort(),
      jobs: found.jobs.sort(),
    });

    it('hides the blocked member and their content from the blocker', async () => {
      expect(sorted(await search(t, b, blocker))).toEqual(by('blocker'));
    });

    it('hides the blocker and their content from the blocked member', async () => {
      expect(sorted(await search(t, b, blocked))).toEqual(by('blocked'));
    });

    it('hides nothing from anyone else', async () => {
      const found = sorted(await search(t, b, bystander));
      expect(found.users).toEqual([blocker.user.handle, blocked.user.handle].sort());
      expect(found.threads).toEqual([`${b} thread by blocked`, `${b} thread by blocker`]);
      expect(found.posts).toEqual([`${b} post by blocked`, `${b} post by blocker`]);
      expect(found.jobs).toEqual([`${b} job by blocked`, `${b} job by blocker`]);
    });
  });

  it('leaves deleted posts out', async () => {
    const d = uniqueWord('d');
    const author = await t.factories.member();
    const thread = await build.thread(author, 'Keep and delete');
    await build.post(author, thread.id, `${d} kept`);
    const gone = await build.post(author, thread.id, `${d} deleted`);
    expect((await search(t, d, author)).posts).toEqual([`${d} deleted`, `${d} kept`]);
    const deleted = await t.gql(`mutation($id: ID!) { deletePost(id: $id) }`, { id: gone.id }, { token: author.token });
    expect(deleted.data).toEqual({ deletePost: true });
    expect((await search(t, d, author)).posts).toEqual([`${d} kept`]);
    expect((await search(t, d)).posts).toEqual([`${d} kept`]);
  });
});
