import { canonicalTimeZone, HANDLE_PATTERN, isIanaTimeZone, normalizeEmail, normalizeHandle, normalizeProfileTags } from './profile-rules';

describe('isIanaTimeZone', () => {
  it.each([
    ['UTC', 'the default'],
    ['Etc/UTC', 'UTC under Etc'],
    ['Europe/Lisbon', 'DST zone (WET/WEST)'],
    ['America/New_York', 'DST zone'],
    ['America/Sao_Paulo', 'former DST zone'],
    ['Australia/Lord_Howe', 'half-hour DST shift'],
    ['Pacific/Chatham', 'UTC+12:45 with DST'],
    ['Asia/Kolkata', 'half-hour offset, no DST'],
    ['Asia/Kathmandu', 'quarter-hour offset'],
    ['America/Argentina/Salta', 'three-part name'],
    ['America/Port-au-Prince', 'dash in the name'],
    ['America/Indiana/Indianapolis', 'three-part name'],
    ['US/Eastern', 'backward alias of America/New_York'],
    ['Asia/Calcutta', 'old alias of Asia/Kolkata'],
    ['Europe/Kiev', 'old alias of Europe/Kyiv'],
    ['America/Buenos_Aires', 'alias of America/Argentina/Buenos_Aires'],
  ])('accepts %s (%s)', (zone) => {
    expect(isIanaTimeZone(zone)).toBe(true);
  });

  it.each([
    ['+02:00', 'an ISO offset'],
    ['-0300', 'a compact offset'],
    ['+2', 'a bare offset'],
    ['UTC+1', 'UTC with an offset'],
    ['utc+1', 'lower-case UTC with an offset'],
    ['GMT+2', 'GMT with an offset'],
    ['UTC+01:00', 'UTC with an ISO offset'],
    ['CEST', 'an abbreviation'],
    ['Mars/Olympus', 'an unknown region'],
    ['Europe/Atlantis', 'an unknown city'],
    ['Europe', 'a bare region'],
    ['Europe/', 'a trailing slash'],
    ['/Europe/Lisbon', 'a leading slash'],
    ['Europe//Lisbon', 'an empty segment'],
    ['Europe/Lisbon ', 'trailing space'],
    [' Europe/Lisbon', 'leading space'],
    ['Europe/Lisbon/Old/Town', 'four parts'],
    ['../../etc/passwd', 'a path'],
    ['Europe/Lisbon\n', 'a trailing newline'],
    ['', 'empty'],
  ])('rejects %j (%s)', (zone) => {
    expect(isIanaTimeZone(zone)).toBe(false);
  });
});

describe('HANDLE_PATTERN', () => {
  it.each(['abc', 'a_b', 'user_123', '___', 'x'.repeat(30)])('matches %s', (handle) => {
    expect(HANDLE_PATTERN.test(handle)).toBe(true);
  });

  it.each(['ab', 'x'.repeat(31), 'has-dash', 'spa ce', 'Upper', 'joão', 'dot.ted', ''])('does not match %j', (handle) => {
    expect(HANDLE_PATTERN.test(handle)).toBe(false);
  });
});

describe('normalizeHandle', () => {
  it.each([
    ['Ana_Lima', 'ana_lima'],
    ['  MiXeD_42 ', 'mixed_42'],
    ['already_lower', 'already_lower'],
  ])('%j → %j', (raw, expected) => {
    expect(normalizeHandle(raw)).toBe(expected);
  });

  it('does not strip characters the pattern rejects (it only normalises case and outer space)', () => {
    expect(normalizeHandle('Has-Dash')).toBe('has-dash');
    expect(HANDLE_PATTERN.test(normalizeHandle('Has-Dash'))).toBe(false);
  });
});

describe('normalizeEmail', () => {
  it('lower-cases and trims', () => {
    expect(normalizeEmail('  Ana.Lima@Example.TEST ')).toBe('ana.lima@example.test');
  });
});

describe('normalizeProfileTags', () => {
  it.each<[string, string[], string[]]>([
    ['lower-cases', ['TypeScript', 'SQL'], ['typescript', 'sql']],
    ['trims', ['  go  ', '\trust\n'], ['go', 'rust']],
    ['folds inner whitespace', ['Machine   Learning', 'public\tspeaking'], ['machine learning', 'public speaking']],
    ['drops duplicates after normalising, keeping the first position', ['Go', 'rust', ' GO ', 'Rust', 'sql'], ['go', 'rust', 'sql']],
    ['drops blank entries', ['', '   ', 'go'], ['go']],
    ['keeps an empty list empty', [], []],
    ['keeps non-ASCII letters', ['Ação', 'ação'], ['ação']],
  ])('%s', (_, input, expected) => {
    expect(normalizeProfileTags(input)).toEqual(expected);
  });

  it('does not mutate its input', () => {
    const input = [' A ', 'a'];
    normalizeProfileTags(input);
    expect(input).toEqual([' A ', 'a']);
  });
});

describe('canonicalTimeZone', () => {
  it.each([
    ['europe/lisbon', 'Europe/Lisbon'],
    ['US/Eastern', 'US/Eastern'],
    ['Asia/Kolkata', 'Asia/Kolkata'],
    ['utc', 'UTC'],
    ['America/Argentina/Salta', 'America/Argentina/Salta'],
  ])('stores %s as %s', (zone, canonical) => {
    expect(canonicalTimeZone(zone)).toBe(canonical);
  });

  it.each(['+02:00', 'Mars/Olympus', '', 'Europe/Lisbon/Extra/Deep'])('rejects %p', (zone) => {
    expect(canonicalTimeZone(zone)).toBeNull();
  });
});
