import { assertSessionTiming, cleanGoals, normalizeExpertise } from './mentorship-rules';
import { MentorshipException } from './mentorship.exception';

const fieldOf = (work: () => unknown): string | undefined => {
  try {
    work();
  } catch (error) {
    if (error instanceof MentorshipException) return error.field;
    throw error;
  }
  return undefined;
};

describe('normalizeExpertise', () => {
  it('normalises like profile skills', () => {
    expect(normalizeExpertise(['  Rust ', 'rust', 'Machine   Learning', 'WASM'])).toEqual(['rust', 'machine learning', 'wasm']);
  });

  it.each([
    ['nothing', []],
    ['only blanks', ['  ', '']],
    ['21 distinct skills', Array.from({ length: 21 }, (_, i) => `skill${i}`)],
    ['a skill over 50 characters', ['x'.repeat(51)]],
  ])('refuses %s, naming expertise', (_, values) => {
    expect(fieldOf(() => normalizeExpertise(values))).toBe('expertise');
  });

  it('accepts 20 distinct skills, and 21 entries that normalise to 20', () => {
    const twenty = Array.from({ length: 20 }, (_, i) => `skill${i}`);
    expect(normalizeExpertise(twenty)).toHaveLength(20);
    expect(normalizeExpertise([...twenty, 'SKILL0'])).toHaveLength(20);
  });
});

describe('cleanGoals', () => {
  it('trims, folds spaces and drops blanks and case-insensitive repeats, keeping the wording', () => {
    expect(cleanGoals([' Ship a  WASM demo ', 'ship a wasm demo', '', 'Talk at a meetup'])).toEqual([
      'Ship a WASM demo',
      'Talk at a meetup',
    ]);
  });

  it('refuses more than 10', () => {
    expect(fieldOf(() => cleanGoals(Array.from({ length: 11 }, (_, i) => `goal ${i}`)))).toBe('goals');
  });
});

describe('assertSessionTiming', () => {
  const now = new Date('2025-03-01T10:00:00Z');
  const later = new Date('2025-03-02T10:00:00Z');
  it.each([
    ['now', now, 30, 'scheduledAt'],
    ['the past', new Date('2025-02-28T10:00:00Z'), 30, 'scheduledAt'],
    ['an invalid date', new Date('nope'), 30, 'scheduledAt'],
    ['14 minutes', later, 14, 'durationMinutes'],
    ['241 minutes', later, 241, 'durationMinutes'],
    ['a fraction of a minute', later, 30.5, 'durationMinutes'],
  ])('refuses %s', (_, at, minutes, field) => {
    expect(fieldOf(() => assertSessionTiming(at as Date, minutes as number, now))).toBe(field);
  });

  it.each([15, 60, 240])('accepts %i minutes in the future', (minutes) => {
    expect(fieldOf(() => assertSessionTiming(later, minutes, now))).toBeUndefined();
  });
});
