import { MAX_PROFILE_TAGS, MAX_TAG_LENGTH } from '@kindling/users';
import { createTestApp, TestApp, TestMember } from '@kindling/testing';
import { onlyError, ok } from '../auth/identity-helpers';

const PROFILE = 'id handle displayName headline bio skills interests timezone createdAt email followerCount followingCount';
const UPDATE = `mutation Update($input: UpdateProfileInput!) { updateProfile(input: $input) { ${PROFILE} } }`;

interface Profile {
  id: string;
  handle: string;
  displayName: string;
  headline: string | null;
  bio: string | null;
  skills: string[];
  interests: string[];
  timezone: string;
  email: string | null;
  [field: string]: unknown;
}

describe('profiles', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const update = (member: TestMember, input: Record<string, unknown>) =>
    t.gql<{ updateProfile: Profile }>(UPDATE, { input }, { token: member.token });
  const row = async (userId: string) => {
    const rows: Array<Record<string, unknown>> = await t.db.query(
      'SELECT display_name, headline, bio, skills, interests, timezone, updated_at FROM user_account WHERE id = $1',
      [userId],
    );
    return rows[0];
  };

  describe('updateProfile', () => {
    it('updates every field and returns the member (with their own e-mail)', async () => {
      const member = await t.factories.member();
      const input = {
        displayName: '  Ana  Lima ',
        headline: ' Backend engineer ',
        bio: 'Learning Rust.',
        skills: ['Go'],
        interests: ['Rust'],
        timezone: 'America/New_York',
      };
      const profile = ok(await update(member, input)).updateProfile;

      expect(profile).toMatchObject({
        id: member.user.id,
        displayName: 'Ana  Lima',
        headline: 'Backend engineer',
        bio: 'Learning Rust.',
        skills: ['go'],
        interests: ['rust'],
        timezone: 'America/New_York',
        email: member.user.email,
      });
      expect(await row(member.user.id)).toMatchObject({ display_name: 'Ana  Lima', timezone: 'America/New_York', skills: ['go'] });
    });

    it('normalises skills and interests: lower-case, trimmed, de-duplicated, order kept', async () => {
      const member = await t.factories.member();
      const profile = ok(
        await update(member, {
          skills: [' TypeScript ', 'typescript', 'Machine   Learning', 'SQL', 'machine learning', 'sql '],
          interests: ['Public Speaking', 'public speaking', ' Rust'],
        }),
      ).updateProfile;
      expect(profile.skills).toEqual(['typescript', 'machine learning', 'sql']);
      expect(profile.interests).toEqual(['public speaking', 'rust']);
      expect(await row(member.user.id)).toMatchObject({ skills: profile.skills, interests: profile.interests });
    });

    it(`accepts exactly ${MAX_PROFILE_TAGS} entries of up to ${MAX_TAG_LENGTH} characters, and an empty list`, async () => {
      const member = await t.factories.member();
      const skills = Array.from({ length: MAX_PROFILE_TAGS }, (_, i) => `${i}`.padEnd(MAX_TAG_LENGTH, 's'));
      expect(ok(await update(member, { skills })).updateProfile.skills).toEqual(skills);
      expect(ok(await update(member, { skills: [] })).updateProfile.skills).toEqual([]);
    });

    it('leaves fields that are not sent unchanged', async () => {
      const member = await t.factories.member();
      ok(await update(member, { headline: 'First', skills: ['a'], timezone: 'Asia/Tokyo' }));
      const profile = ok(await update(member, { bio: 'Only the bio' })).updateProfile;
      expect(profile).toMatchObject({ headline: 'First', bio: 'Only the bio', skills: ['a'], timezone: 'Asia/Tokyo' });
    });

    it('clears headline and bio with null (and with blank strings)', async () => {
      const member = await t.factories.member();
      ok(await update(member, { headline: 'Something', bio: 'Something else' }));
      expect(ok(await update(member, { headline: null, bio: null })).updateProfile).toMatchObject({ headline: null, bio: null });
      ok(await update(member, { headline: 'Again', bio: 'Again' }));
      expect(ok(await update(member, { headline: '   ', bio: '' })).updateProfile).toMatchObject({ headline: null, bio: null });
      expect(await row(member.user.id)).toMatchObject({ headline: null, bio: null });
    });

    const tooMany = Array.from({ length: MAX_PROFILE_TAGS + 1 }, (_, i) => `tag${i}`);
    const tooLong = 'x'.repeat(MAX_TAG_LENGTH + 1);
    const bad: Array<[string, string, Record<string, unknown>]> = [
      [`${MAX_PROFILE_TAGS + 1} skills`, 'skills', { skills: tooMany }],
      [`${MAX_PROFILE_TAGS + 1} interests`, 'interests', { interests: tooMany }],
      [`a skill of ${MAX_TAG_LENGTH + 1} characters`, 'skills', { skills: ['ok', tooLong] }],
      [`an interest of ${MAX_TAG_LENGTH + 1} characters`, 'interests', { interests: [tooLong] }],
      ['a blank skill', 'skills', { skills: ['go', '  '] }],
      ['skills: null', 'skills', { skills: null }],
      ['an offset as time zone', 'timezone', { timezone: '+02:00' }],
      ['an unknown time zone', 'timezone', { timezone: 'Mars/Olympus' }],
      ['an abbreviation as time zone', 'timezone', { timezone: 'utc+1' }],
      ['timezone: null', 'timezone', { timezone: null }],
      ['displayName: null', 'displayName', { displayName: null }],
      ['a blank displayName', 'displayName', { displayName: '   ' }],
      ['a displayName of 81 characters', 'displayName', { displayName: 'd'.repeat(81) }],
      ['a headline of 161 characters', 'headline', { headline: 'h'.repeat(161) }],
      ['a bio of 2001 characters', 'bio', { bio: 'b'.repeat(2001) }],
    ];

    it.each(bad)('%s → BAD_USER_INPUT naming %s, and nothing changes', async (_, field, input) => {
      const member = await t.factories.member();
      ok(await update(member, { headline: 'Before', skills: ['before'] }));
      const before = await row(member.user.id);

      // A valid change rides along: a rejected update must not apply it either.
      const res = await update(member, { headline: 'After', ...input });
      expect(res.data).toBeNull();
      expect(onlyError(res).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(await row(member.user.id)).toEqual(before);
    });

    it('requires a signed-in member', async () => {
      const res = await t.gql(UPDATE, { input: { headline: 'x' } });
      expect(onlyError(res).extensions?.code).toBe('UNAUTHENTICATED');
    });
  });

  describe('user(handle)', () => {
    const byHandle = (handle: string, token?: string) =>
      t.gql<{ user: Profile | null }>(`query($handle: String!) { user(handle: $handle) { id handle email } }`, { handle }, { token });

    it('finds the member whatever the case of the handle', async () => {
      const member = await t.factories.member();
      for (const handle of [member.user.handle, member.user.handle.toUpperCase()]) {
        expect(ok(await byHandle(handle)).user).toMatchObject({ id: member.user.id, handle: member.user.handle });
      }
    });

    it.each([
      ['an unknown handle', 'nobody_here_at_all'],
      ['an over-long handle', 'x'.repeat(300)],
      ['an empty handle', ''],
    ])('returns null for %s', async (_, handle) => {
      expect(ok(await byHandle(handle))).toEqual({ user: null });
    });

    it('shows the e-mail to its owner only', async () => {
      const [owner, other] = await t.factories.members(2);
      expect(ok(await byHandle(owner.user.handle, owner.token)).user!.email).toBe(owner.user.email);
      expect(ok(await byHandle(owner.user.handle, other.token)).user!.email).toBeNull();
      expect(ok(await byHandle(owner.user.handle)).user!.email).toBeNull();
    });

    it('hides the e-mail of members reached through another member (followers list)', async () => {
      const [owner, follower] = await t.factories.members(2);
      ok(await t.gql(`mutation($id: ID!) { follow(userId: $id) { id } }`, { id: owner.user.id }, { token: follower.token }));
      const res = await t.gql<{ me: { following: { nodes: Profile[] } } }>(
        `{ me { email following { nodes { id email } } } }`,
        {},
        {
          token: follower.token,
        },
      );
      expect(ok(res).me).toEqual({ email: follower.user.email, following: { nodes: [{ id: owner.user.id, email: null }] } });
    });
  });

  describe('me', () => {
    it('is null without a token', async () => {
      expect(ok(await t.gql(`{ me { id } }`))).toEqual({ me: null });
    });

    it('returns every profile field of the signed-in member', async () => {
      const member = await t.factories.member({ timezone: 'Europe/Lisbon', displayName: 'Rita' });
      ok(await update(member, { headline: 'Designer', bio: 'Hi', skills: ['Figma'], interests: ['Typography'] }));
      const me = ok(
        await t.gql<{ me: Profile }>(
          `{ me { ${PROFILE} viewerIsFollowing viewerHasBlocked viewerHasMuted } }`,
          {},
          { token: member.token },
        ),
      ).me;

      expect(me).toEqual({
        id: member.user.id,
        handle: member.user.handle,
        displayName: 'Rita',
        headline: 'Designer',
        bio: 'Hi',
        skills: ['figma'],
        interests: ['typography'],
        timezone: 'Europe/Lisbon',
        createdAt: member.user.createdAt.toISOString(),
        email: member.user.email,
        followerCount: 0,
        followingCount: 0,
        viewerIsFollowing: false,
        viewerHasBlocked: false,
        viewerHasMuted: false,
      });
    });
  });
});
