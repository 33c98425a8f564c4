import { CommunityRole, CommunityVisibility, MembershipStatus, Standing } from '@kindling/communities';
import { fingerprint } from './draft-fingerprint';
import { ResourceKind } from './roadmap.enums';
import { canAuthor, canSeeRoadmap } from './roadmap-policy';
import { RoadmapsException } from './roadmaps.exception';
import { isHttpUrl, StepView } from './step-content';
import { applyStepInput, EMPTY_STEP } from './step-input';

const { OWNER, MODERATOR, MEMBER } = CommunityRole;
const { ACTIVE, PENDING, BANNED } = MembershipStatus;
const STANDINGS: Array<[string, Standing]> = [
  ['no membership', null],
  ['active owner', { role: OWNER, status: ACTIVE }],
  ['active moderator', { role: MODERATOR, status: ACTIVE }],
  ['active member', { role: MEMBER, status: ACTIVE }],
  ['pending member', { role: MEMBER, status: PENDING }],
  ['banned member', { role: MEMBER, status: BANNED }],
];
const staff = (name: string) => name === 'active owner' || name === 'active moderator';

describe('roadmap policy', () => {
  it.each(STANDINGS)('authoring: %s', (name, s) => expect(canAuthor(s)).toBe(staff(name)));

  it.each(STANDINGS)('a published roadmap of a public community is seen by %s', (_, s) => {
    expect(canSeeRoadmap({ visibility: CommunityVisibility.PUBLIC, version: 1 }, s)).toBe(true);
  });

  it.each(STANDINGS)('a published roadmap of a private community: %s sees it only when ACTIVE', (name, s) => {
    expect(canSeeRoadmap({ visibility: CommunityVisibility.PRIVATE, version: 3 }, s)).toBe(name.startsWith('active'));
  });

  it.each(STANDINGS)('a never-published draft is seen by %s only as staff', (name, s) => {
    for (const visibility of [CommunityVisibility.PUBLIC, CommunityVisibility.PRIVATE]) {
      expect(canSeeRoadmap({ visibility, version: 0 }, s)).toBe(staff(name));
    }
  });
});

describe('step content', () => {
  const fieldOf = (work: () => unknown) => {
    try {
      work();
    } catch (error) {
      return (error as RoadmapsException).field;
    }
    return 'accepted';
  };

  it('accepts http and https links only', () => {
    expect(['https://example.com/a?b#c', 'http://example.org'].every(isHttpUrl)).toBe(true);
    for (const url of ['javascript:alert(1)', 'data:text/html,x', 'file:///etc/passwd', 'ftp://example.com', 'example.com', '']) {
      expect({ url, ok: isHttpUrl(url) }).toEqual({ url, ok: false });
    }
  });

  it('trims, dedupes prerequisites, and names the field at fault', () => {
    const step = applyStepInput(EMPTY_STEP, { title: '  Basics ', description: '  ', prerequisiteIds: ['2', '2', '3'] });
    expect(step).toEqual({ title: 'Basics', description: null, estimatedHours: null, resources: [], prerequisiteIds: ['2', '3'] });
    const link = (url: string) => ({ title: 'Read', url, kind: ResourceKind.ARTICLE });
    expect(fieldOf(() => applyStepInput(step, { resources: [link('https://ok.dev'), link('javascript:x')] }))).toBe('resources.1.url');
    expect(fieldOf(() => applyStepInput(step, { title: '   ' }))).toBe('title');
    expect(fieldOf(() => applyStepInput(step, { estimatedHours: -1 }))).toBe('estimatedHours');
    expect(fieldOf(() => applyStepInput(step, { resources: Array.from({ length: 21 }, () => link('https://ok.dev')) }))).toBe('resources');
    expect(applyStepInput(step, { title: 'Kept' })).toMatchObject({ prerequisiteIds: ['2', '3'], title: 'Kept' });
  });
});

describe('draft fingerprint', () => {
  const step = (id: string, position: number, extra: Partial<StepView> = {}): StepView => ({
    ...EMPTY_STEP,
    id,
    roadmapId: '1',
    version: 0,
    position,
    title: `Step ${id}`,
    ...extra,
  });

  it('ignores the version and the order prerequisites are listed in, and sees every content change', () => {
    const base = [step('1', 1), step('2', 2, { prerequisiteIds: ['1', '3'] }), step('3', 3)];
    const same = fingerprint(base);
    expect(fingerprint(base.map((s) => ({ ...s, version: 7 })))).toBe(same);
    expect(fingerprint([base[0], { ...base[1], prerequisiteIds: ['3', '1'] }, base[2]])).toBe(same);
    expect(fingerprint([base[1], base[2], base[0]])).toBe(same);
    for (const changed of [
      [base[0], base[2]],
      [{ ...base[0], position: 3 }, base[1], { ...base[2], position: 1 }],
      [{ ...base[0], title: 'Renamed' }, base[1], base[2]],
      [{ ...base[0], description: 'More' }, base[1], base[2]],
      [{ ...base[0], estimatedHours: 2 }, base[1], base[2]],
      [{ ...base[0], resources: [{ title: 'x', url: 'https://x.dev', kind: ResourceKind.VIDEO }] }, base[1], base[2]],
      [base[0], { ...base[1], prerequisiteIds: ['1'] }, base[2]],
    ]) {
      expect(fingerprint(changed)).not.toBe(same);
    }
  });
});
