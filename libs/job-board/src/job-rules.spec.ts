import { JobBoardErrorCode } from './job-board.exception';
import { JobStatus } from './job-board.enums';
import { checkApplyUrl, effectiveStatus, isHttpUrl, normalizeJobSkills, resolveExpiry } from './job-rules';

const DAY = 86_400_000;
const NOW = new Date('2030-06-01T12:00:00.000Z');
const at = (offsetMs: number) => new Date(NOW.getTime() + offsetMs);

const thrown = (work: () => unknown): unknown => {
  try {
    work();
  } catch (error) {
    return error;
  }
  throw new Error('expected an exception');
};

describe('normalizeJobSkills', () => {
  it('lower-cases, trims, folds inner whitespace and drops duplicates, keeping the order', () => {
    expect(normalizeJobSkills([' Rust ', 'WASM', 'rust', 'Machine   Learning', 'wasm'])).toEqual(['rust', 'wasm', 'machine learning']);
  });

  it.each([
    ['none', []],
    ['only blanks', ['  ', '\t']],
    ['21 distinct', Array.from({ length: 21 }, (_, i) => `skill${i}`)],
    ['one over 50 characters', ['rust', 'x'.repeat(51)]],
  ])('refuses %s as INVALID_SKILLS on skills', (_, skills) => {
    expect(thrown(() => normalizeJobSkills(skills))).toMatchObject({ code: JobBoardErrorCode.INVALID_SKILLS, field: 'skills' });
  });

  it('counts the limit after normalising: 25 entries that are 20 skills pass', () => {
    const skills = [...Array.from({ length: 20 }, (_, i) => `skill${i}`), 'SKILL0', ' skill1', 'Skill2 ', 'skill3', 'skill4'];
    expect(normalizeJobSkills(skills)).toHaveLength(20);
  });
});

describe('isHttpUrl / checkApplyUrl', () => {
  it.each(['https://jobs.example.com/apply?id=42', 'http://example.com', 'https://localhost:8080/x', 'HTTPS://EXAMPLE.COM/'])(
    'accepts %s',
    (url) => {
      expect(isHttpUrl(url)).toBe(true);
    },
  );

  it.each([
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'mailto:jobs@example.com',
    'ftp://example.com/file',
    '//example.com/apply',
    '/apply',
    'example.com',
    'https://',
    'https://exa mple.com',
    '',
    `https://example.com/${'x'.repeat(2000)}`,
  ])('refuses %s', (url) => {
    expect(isHttpUrl(url)).toBe(false);
  });

  it('trims, then throws INVALID_APPLY_URL on applyUrl', () => {
    expect(checkApplyUrl('  https://example.com/apply  ')).toBe('https://example.com/apply');
    expect(thrown(() => checkApplyUrl('javascript:void(0)'))).toMatchObject({
      code: JobBoardErrorCode.INVALID_APPLY_URL,
      field: 'applyUrl',
    });
  });
});

describe('resolveExpiry', () => {
  it.each([null, undefined])('defaults %p to 30 days from now', (requested) => {
    expect(resolveExpiry(requested, NOW)).toEqual(at(30 * DAY));
  });

  it.each([
    ['a minute ahead', 60_000],
    ['45 days ahead', 45 * DAY],
    ['exactly 90 days ahead', 90 * DAY],
  ])('accepts %s', (_, offset) => {
    expect(resolveExpiry(at(offset), NOW)).toEqual(at(offset));
  });

  it.each([
    ['now', 0],
    ['in the past', -DAY],
    ['a millisecond past 90 days', 90 * DAY + 1],
    ['a year ahead', 365 * DAY],
  ])('refuses %s as INVALID_EXPIRY on expiresAt', (_, offset) => {
    expect(thrown(() => resolveExpiry(at(offset), NOW))).toMatchObject({ code: JobBoardErrorCode.INVALID_EXPIRY, field: 'expiresAt' });
  });

  it('refuses an invalid date', () => {
    expect(thrown(() => resolveExpiry(new Date('nope'), NOW))).toMatchObject({ code: JobBoardErrorCode.INVALID_EXPIRY });
  });
});

describe('effectiveStatus', () => {
  it.each([
    [JobStatus.OPEN, DAY, JobStatus.OPEN],
    [JobStatus.OPEN, 1, JobStatus.OPEN],
    [JobStatus.OPEN, 0, JobStatus.EXPIRED],
    [JobStatus.OPEN, -DAY, JobStatus.EXPIRED],
    [JobStatus.CLOSED, -DAY, JobStatus.CLOSED],
    [JobStatus.CLOSED, DAY, JobStatus.CLOSED],
    [JobStatus.EXPIRED, -DAY, JobStatus.EXPIRED],
  ])('a stored %s job expiring %i ms from now reads as %s', (status, offset, expected) => {
    expect(effectiveStatus({ status, expiresAt: at(offset) }, NOW)).toBe(expected);
  });
});
