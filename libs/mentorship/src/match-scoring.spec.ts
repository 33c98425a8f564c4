import { MATCH_WEIGHTS, MatchCandidate, MatchSeeker, rankMatches, scoreMatch } from './match-scoring';

/** Mid-January: no daylight saving in Europe or North America, so offsets are the standard ones. */
const AT = new Date('2025-01-15T12:00:00Z');

const seeker: MatchSeeker = { interests: ['rust', 'wasm', 'go'], requestGoals: [], timezone: 'Europe/Lisbon' };

const candidate = (overrides: Partial<MatchCandidate> & { mentorId: string }): MatchCandidate => ({
  expertise: [],
  timezone: 'Europe/Lisbon',
  sharedCommunities: [],
  capacity: 5,
  activeMenteeCount: 0,
  ratingSum: 0,
  ratingCount: 0,
  ...overrides,
});

describe('scoreMatch', () => {
  it('weights add up to 1', () => {
    expect(Object.values(MATCH_WEIGHTS).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
  });

  it('pins the score and reasons of a worked example', () => {
    const match = scoreMatch(
      seeker,
      candidate({
        mentorId: '7',
        expertise: ['Rust', 'WASM', 'python'],
        timezone: 'Europe/Berlin',
        sharedCommunities: ['Rustaceans'],
        capacity: 5,
        activeMenteeCount: 2,
        ratingSum: 9,
        ratingCount: 2,
      }),
      AT,
    );
    // 0.45·2/3 + 0.15·1/2 + 0.15·(1 − 1/12) + 0.15·((9+9)/(2+3) − 1)/4 + 0.10·3/5
    expect(match.score).toBe(0.67);
    expect(match.reasons).toEqual([
      'Expert in rust and wasm — 2 of your 3 interests',
      'Both members of Rustaceans',
      '1 hour apart',
      'Rated 4.5 by 2 mentees',
      '3 open slots',
    ]);
    expect(match).toMatchObject({ mentorId: '7', spare: 3, matched: 2 });
  });

  it('is 1 for a perfect fit and stays within 0..1 for the worst', () => {
    const perfect = scoreMatch(
      seeker,
      candidate({
        mentorId: '1',
        expertise: ['go', 'rust', 'wasm'],
        sharedCommunities: ['A', 'B'],
        ratingSum: 5 * 1000,
        ratingCount: 1000,
        capacity: 9,
      }),
      AT,
    );
    expect(perfect.score).toBeCloseTo(1, 2);
    expect(perfect.score).toBeLessThanOrEqual(1);
    const worst = scoreMatch(
      { interests: ['rust'], requestGoals: [], timezone: 'UTC' },
      candidate({
        mentorId: '2',
        expertise: ['cooking'],
        timezone: 'Pacific/Fiji',
        ratingSum: 1000,
        ratingCount: 1000,
        capacity: 1,
        activeMenteeCount: 1,
      }),
      AT,
    );
    expect(worst.score).toBeGreaterThanOrEqual(0);
    expect(worst.score).toBeLessThan(0.001);
    expect(worst.reasons).toContain('12 hours apart');
  });

  it('counts the goals of pending requests as wanted skills, with their own reason', () => {
    const match = scoreMatch(
      { interests: ['rust'], requestGoals: ['Public Speaking', 'rust'], timezone: 'UTC' },
      candidate({ mentorId: '3', expertise: ['public speaking', 'rust'], timezone: 'UTC' }),
      AT,
    );
    expect(match.matched).toBe(2);
    expect(match.reasons.slice(0, 2)).toEqual([
      'Expert in rust — 1 of your 1 interest',
      'Can help with public speaking from your mentorship requests',
    ]);
  });

  it('scores skills 0 when the seeker wants nothing, and says nothing about them', () => {
    const match = scoreMatch(
      { interests: [], requestGoals: [], timezone: 'UTC' },
      candidate({ mentorId: '4', expertise: ['rust'], timezone: 'UTC' }),
      AT,
    );
    expect(match.reasons).toEqual(['Same time zone', '5 open slots']);
    // communities 0, time zone 1, rating 0.5 (unrated), capacity 1: 0.15 + 0.075 + 0.10
    expect(match.score).toBe(0.325);
  });

  it.each([
    ['America/New_York', 'America/Sao_Paulo', '2 hours apart'],
    ['Asia/Kolkata', 'UTC', '5.5 hours apart'],
    ['Pacific/Kiritimati', 'Pacific/Pago_Pago', '1 hour apart'], // +14 and −11: a day apart, an hour apart on the clock
    ['Asia/Tokyo', 'Asia/Seoul', 'Same time zone'],
  ])('time zones %s / %s: %s', (a, b, reason) => {
    const match = scoreMatch({ interests: [], requestGoals: [], timezone: a }, candidate({ mentorId: '5', timezone: b }), AT);
    expect(match.reasons).toContain(reason);
  });

  it('names the shared communities alphabetically, summarising beyond four', () => {
    const match = scoreMatch(seeker, candidate({ mentorId: '6', sharedCommunities: ['Zig', 'Go', 'Rustaceans', 'Wasm', 'Go'] }), AT);
    expect(match.reasons[0]).toBe('Both members of Go, Rustaceans, Wasm and Zig');
    const more = scoreMatch(seeker, candidate({ mentorId: '6', sharedCommunities: ['E', 'D', 'C', 'B', 'A'] }), AT);
    expect(more.reasons[0]).toBe('Both members of A, B, C and 2 more');
  });
});

describe('rankMatches on a fixed population', () => {
  const population: MatchCandidate[] = [
    candidate({ mentorId: '10', expertise: ['rust'], timezone: 'America/Los_Angeles' }),
    candidate({ mentorId: '11', expertise: ['rust', 'wasm', 'go'], timezone: 'Europe/Madrid', sharedCommunities: ['Rustaceans'] }),
    candidate({ mentorId: '12', expertise: ['rust', 'wasm'], timezone: 'Europe/Lisbon', capacity: 2, activeMenteeCount: 1 }),
    // Same fit as 12 with more open slots: ahead of it.
    candidate({ mentorId: '13', expertise: ['wasm', 'rust'], timezone: 'Europe/Lisbon', capacity: 4, activeMenteeCount: 1 }),
    candidate({ mentorId: '14', expertise: ['cooking'], timezone: 'Europe/Lisbon' }),
    // Full: never suggested.
    candidate({ mentorId: '15', expertise: ['rust', 'wasm', 'go'], capacity: 3, activeMenteeCount: 3 }),
    candidate({ mentorId: '16', expertise: ['go'], timezone: 'Asia/Tokyo', ratingSum: 25, ratingCount: 5 }),
  ];

  it('orders best first, deterministically, with the scores pinned', () => {
    const ranked = rankMatches(seeker, population, AT, 10);
    expect(ranked.map((m) => [m.mentorId, m.score])).toEqual([
      ['11', 0.8375], // 0.45·3/3 + 0.15·1/2 + 0.15·11/12 + 0.15·0.5 + 0.10·5/5
      ['13', 0.585], //  0.45·2/3 + 0 + 0.15 + 0.075 + 0.10·3/5
      ['12', 0.545], //  0.45·2/3 + 0 + 0.15 + 0.075 + 0.10·1/5
      ['16', 0.4094], // 0.45·1/3 + 0 + 0.15·3/12 + 0.15·((25+9)/(5+3) − 1)/4 + 0.10
      ['10', 0.375], //  0.45·1/3 + 0 + 0.15·4/12 + 0.075 + 0.10
      ['14', 0.325], //  0 + 0 + 0.15 + 0.075 + 0.10
    ]);
    expect(rankMatches(seeker, [...population].reverse(), AT, 10)).toEqual(ranked);
  });

  it('puts the mentor with more open slots first when everything else is equal, even past the capacity cap', () => {
    const twins = [
      candidate({ mentorId: '20', expertise: ['rust'], capacity: 8, activeMenteeCount: 2 }),
      candidate({ mentorId: '21', expertise: ['rust'], capacity: 20, activeMenteeCount: 2 }),
    ];
    const ranked = rankMatches(seeker, twins, AT, 10);
    expect(ranked[0].score).toBe(ranked[1].score);
    expect(ranked.map((m) => m.mentorId)).toEqual(['21', '20']);
  });

  it('breaks a full tie by mentor id and honours the limit', () => {
    const same = ['33', '31', '32'].map((mentorId) => candidate({ mentorId, expertise: ['go'] }));
    expect(rankMatches(seeker, same, AT, 2).map((m) => m.mentorId)).toEqual(['31', '32']);
  });
});
