import { HANDLE_PATTERN, isIanaTimeZone, MAX_PROFILE_TAGS, normalizeProfileTags } from '@kindling/users';
import { DEMO_LOGIN, DEMO_MEMBERS, DEMO_SOCIAL_GRAPH } from './demo-members';

describe('demo data', () => {
  const handles = new Set(DEMO_MEMBERS.map((m) => m.handle));

  it('has members the profile rules accept, with unique handles and e-mails', () => {
    expect(handles.size).toBe(DEMO_MEMBERS.length);
    expect(new Set(DEMO_MEMBERS.map((m) => m.email)).size).toBe(DEMO_MEMBERS.length);
    for (const member of DEMO_MEMBERS) {
      expect(member.handle).toMatch(HANDLE_PATTERN);
      expect(isIanaTimeZone(member.timezone)).toBe(true);
      expect(member.headline.length).toBeLessThanOrEqual(160);
      expect(member.bio.length).toBeLessThanOrEqual(2000);
      for (const tags of [member.skills, member.interests]) {
        expect(tags.length).toBeLessThanOrEqual(MAX_PROFILE_TAGS);
        expect(normalizeProfileTags(tags)).toEqual(tags);
      }
    }
  });

  it('relates only demo members, never one to itself', () => {
    for (const [from, to] of [...DEMO_SOCIAL_GRAPH.follows, ...DEMO_SOCIAL_GRAPH.blocks, ...DEMO_SOCIAL_GRAPH.mutes]) {
      expect([handles.has(from), handles.has(to), from !== to]).toEqual([true, true, true]);
    }
  });

  it('signs in as the first member', () => {
    expect(DEMO_LOGIN.email).toBe(DEMO_MEMBERS[0].email);
  });
});
