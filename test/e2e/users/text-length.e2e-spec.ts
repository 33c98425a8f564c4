import { createTestApp, TestApp, TestMember } from '@kindling/testing';

/** Length caps count characters as Postgres does, so text past a cap is BAD_USER_INPUT, never a database error. */
describe('text caps count like the database', () => {
  let t: TestApp;
  let member: TestMember;
  beforeAll(async () => {
    t = await createTestApp();
    member = await t.factories.member();
  });
  afterAll(() => t.close());

  it.each([
    ['bio', 1001, '❤️'], // heart + variation selector: two characters to Postgres
    ['headline', 81, '👍🏽'], // thumbs up + skin tone: two code points
  ])('refuses %s over its cap written in emoji, naming the field, and writes nothing', async (field, repeat, emoji) => {
    const res = await t.gql(
      `mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { id } }`,
      { input: { [field]: emoji.repeat(repeat) } },
      { token: member.token },
    );
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    const [row]: Array<{ bio: string | null; headline: string | null }> = await t.db.query(
      `SELECT bio, headline FROM user_account WHERE id = $1`,
      [member.user.id],
    );
    expect(row).toEqual({ bio: null, headline: null });
  });

  it('accepts text exactly at the cap', async () => {
    const res = await t.gql(
      `mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { bio } }`,
      { input: { bio: '❤️'.repeat(1000) } },
      { token: member.token },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.updateProfile.bio).toHaveLength(2000);
  });
});
