import { SocialGraphService } from '@kindling/social-graph';
import { createTestApp, TestApp, uniqueWord } from '@kindling/testing';
import { UsersService } from '@kindling/users';
import { search } from './search-fixtures';

/** Members are found by what their profile says about them (headline, bio), not only by handle, name and skills. */
describe('search: members by headline and bio', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const member = async (profile: { headline?: string; bio?: string; displayName?: string }) => {
    const m = await t.factories.member(profile.displayName ? { displayName: profile.displayName } : {});
    await t.app.get(UsersService).updateProfile(m.user.id, { headline: profile.headline, bio: profile.bio });
    return m;
  };

  it('finds "staff engineer" and "designer" in headlines, and words of a bio', async () => {
    const w = uniqueWord('hl');
    const staff = await member({ headline: `Staff Engineer at ${w}` });
    const designer = await member({ headline: `Product designer, ${w} alumni` });
    const writer = await member({ bio: `I write about ${w} and gardening` });
    const viewer = await t.factories.member();
    expect((await search(t, `staff engineer ${w}`, viewer)).users).toEqual([staff.user.handle]);
    expect((await search(t, `designer ${w}`, viewer)).users).toEqual([designer.user.handle]);
    expect((await search(t, `gardening ${w}`, viewer)).users).toEqual([writer.user.handle]);
    expect((await search(t, w, null)).users.sort()).toEqual([staff.user.handle, designer.user.handle, writer.user.handle].sort());
  });

  it('ranks a name hit above a headline hit, and a headline hit above a bio hit', async () => {
    const w = uniqueWord('rk');
    const inBio = await member({ bio: `Once worked on ${w}` });
    const inHeadline = await member({ headline: `${w} lead` });
    const inName = await member({ displayName: `${w} Person` });
    expect((await search(t, w)).users).toEqual([inName.user.handle, inHeadline.user.handle, inBio.user.handle]);
  });

  it('keeps the privacy rules: members with a block either way find nothing of each other by headline', async () => {
    const w = uniqueWord('bk');
    const hidden = await member({ headline: `Staff engineer ${w}` });
    const blocker = await t.factories.member();
    await t.app.get(SocialGraphService).block(hidden.user.id, blocker.user.id);
    expect((await search(t, `staff engineer ${w}`, blocker)).users).toEqual([]);
    expect((await search(t, `staff engineer ${w}`, null)).users).toEqual([hidden.user.handle]);
  });
});
