import { CommunityVisibility } from '@kindling/communities';
import { SocialGraphService } from '@kindling/social-graph';
import { createTestApp, TestApp, TestMember } from '@kindling/testing';
import { UsersService } from '@kindling/users';
import { uniqueWord } from '../communities/community-fixtures';
import { ContentBuilder, search } from './search-fixtures';

/**
 * What search finds (members by handle, name or skill prefix; communities;
 * threads; posts) and in which order: an exact name first, then whole-word
 * hits (more and weightier ones first), then prefix-only hits.
 */
describe('search: finding and ranking', () => {
  let t: TestApp;
  let build: ContentBuilder;
  let viewer: TestMember;

  const member = async (handle: string, displayName: string, skills: string[] = []) => {
    const m = await t.factories.member({ handle, displayName });
    if (skills.length > 0) await t.app.get(UsersService).updateProfile(m.user.id, { skills });
    return m;
  };

  beforeAll(async () => {
    t = await createTestApp();
    build = new ContentBuilder(t);
    viewer = await t.factories.member();
  });
  afterAll(() => t.close());

  it('finds a member by handle prefix, by name, by skill prefix and by several words', async () => {
    const [h, n, s] = [uniqueWord('h'), uniqueWord('n'), uniqueWord('s')];
    const ana = await member(h, `Zed ${n}`, [`${s} engineering`]);
    for (const q of [h.slice(0, 7), `@${h}`, n, n.slice(0, 6), s.slice(0, 7), `${s} engineering`, `zed ${n.slice(0, 6)}`]) {
      expect({ q, users: (await search(t, q, viewer)).users }).toEqual({ q, users: [ana.user.handle] });
    }
  });

  it('matches every word, but only the last one as a prefix', async () => {
    const [a, b] = [uniqueWord('a'), uniqueWord('b')];
    const author = await t.factories.member();
    const thread = await build.thread(author, 'Two words');
    await build.post(author, thread.id, `Today: ${a} and ${b}`);
    expect((await search(t, `${a} ${b.slice(0, 6)}`)).posts).toEqual([`Today: ${a} and ${b}`]);
    expect((await search(t, `${b} ${a}`)).posts).toEqual([`Today: ${a} and ${b}`]);
    expect((await search(t, `${a.slice(0, 6)} ${b}`)).posts).toEqual([]);
    expect((await search(t, `${a} ${uniqueWord('absent')}`)).posts).toEqual([]);
  });

  it('ranks posts: more whole-word hits first, prefix-only hits last, whatever their age', async () => {
    const w = uniqueWord('p');
    const author = await t.factories.member();
    const thread = await build.thread(author, 'Ranking');
    for (const body of [`${w} ${w} ${w}, thrice`, `${w} once`, `${w}ish, a prefix only`]) await build.post(author, thread.id, body);
    expect((await search(t, w)).posts).toEqual([`${w} ${w} ${w}, thrice`, `${w} once`, `${w}ish, a prefix only`]);
  });

  it('ranks members: the exact handle first, then name hits, then skill hits, before popularity', async () => {
    const w = uniqueWord('r');
    const skilled = await member(uniqueWord('y'), 'Skilled person', [w]);
    const named = await member(uniqueWord('x'), `${w} ${w} Named`);
    const exact = await member(w, 'Exact person');
    const fans = await t.factories.members(2);
    for (const fan of fans) await t.app.get(SocialGraphService).follow(fan.user.id, skilled.user.id);
    expect((await search(t, w, viewer)).users).toEqual([exact.user.handle, named.user.handle, skilled.user.handle]);
  });

  it('ranks threads: a title hit above a goal-only hit, whatever their age', async () => {
    const w = uniqueWord('t');
    const author = await t.factories.member();
    await build.thread(author, `Learn ${w} in public`);
    await build.thread(author, 'Something else', { goal: `Mostly about ${w}` });
    expect((await search(t, w)).threads).toEqual([`Learn ${w} in public`, 'Something else']);
  });

  it('finds communities by name or description prefix, private ones too (their names are public), the exact name first', async () => {
    const w = uniqueWord('c');
    const owner = await t.factories.member();
    const broad = await build.community(owner, `${w} builders and friends`, CommunityVisibility.PUBLIC);
    const hidden = await build.community(owner, `${w}`, CommunityVisibility.PRIVATE);
    expect((await search(t, w.slice(0, 6))).communities.sort()).toEqual([broad.slug, hidden.slug].sort());
    expect((await search(t, w)).communities).toEqual([hidden.slug, broad.slug]);
  });

  it('returns each kind of result together, up to limit of each', async () => {
    const w = uniqueWord('k');
    const author = await member(uniqueWord('u'), `${w} author`);
    const thread = await build.thread(author, `${w} thread`);
    for (let i = 0; i < 3; i++) await build.post(author, thread.id, `${w} post ${i}`);
    const all = await search(t, w);
    expect(all).toEqual({
      users: [author.user.handle],
      communities: [],
      threads: [`${w} thread`],
      posts: [`${w} post 2`, `${w} post 1`, `${w} post 0`],
      roadmaps: [],
      jobs: [],
    });
    expect((await search(t, w, null, 2)).posts).toEqual([`${w} post 2`, `${w} post 1`]);
  });
});
