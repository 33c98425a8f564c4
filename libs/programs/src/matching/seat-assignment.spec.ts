import { Assignment, AssignmentInput, solveAssignment } from './seat-assignment';

/** A small seeded generator (mulberry32), so a failing cohort can be replayed from its seed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function randomCohort(seed: number): AssignmentInput {
  const rnd = random(seed);
  const mentees = 1 + Math.floor(rnd() * 6);
  const mentors = 1 + Math.floor(rnd() * 3);
  const capacities = Array.from({ length: mentors }, () => Math.floor(rnd() * 3));
  const scores = Array.from({ length: mentees }, () =>
    Array.from({ length: mentors }, () => (rnd() < 0.2 ? null : Math.round(rnd() * 10_000) / 10_000)),
  );
  return { scores, capacities };
}

/** Every assignment (each mentee to a mentor or to none), best by (matched count, total score). */
function bruteForce({ scores, capacities }: AssignmentInput): { matched: number; total: number } {
  let best = { matched: 0, total: 0 };
  const used = capacities.map(() => 0);
  const walk = (mentee: number, matched: number, total: number) => {
    if (mentee === scores.length) {
      if (matched > best.matched || (matched === best.matched && total > best.total + 1e-9)) best = { matched, total };
      return;
    }
    walk(mentee + 1, matched, total);
    scores[mentee].forEach((score, mentor) => {
      if (score === null || used[mentor] >= capacities[mentor]) return;
      used[mentor]++;
      walk(mentee + 1, matched + 1, total + score);
      used[mentor]--;
    });
  };
  walk(0, 0, 0);
  return best;
}

const measure = (input: AssignmentInput, pairs: Assignment[]) => ({
  matched: pairs.length,
  total: pairs.reduce((sum, p) => sum + input.scores[p.mentee][p.mentor]!, 0),
});

describe('solveAssignment (Hungarian over mentor seats)', () => {
  it.each(Array.from({ length: 300 }, (_, i) => i + 1))('cohort #%i is as good as brute force and breaks no rule', (seed) => {
    const input = randomCohort(seed);
    const pairs = solveAssignment(input);
    const load = input.capacities.map(() => 0);
    const mentees = new Set<number>();
    for (const { mentee, mentor } of pairs) {
      expect(input.scores[mentee][mentor]).not.toBeNull();
      expect(mentees.has(mentee)).toBe(false);
      mentees.add(mentee);
      load[mentor]++;
    }
    load.forEach((n, mentor) => expect(n).toBeLessThanOrEqual(input.capacities[mentor]));
    const got = measure(input, pairs);
    const best = bruteForce(input);
    expect(got.matched).toBe(best.matched);
    expect(got.total).toBeCloseTo(best.total, 6);
  });

  it('prefers matching one more mentee over a higher total', () => {
    // Mentor 0 has one seat; mentee 0 may only take mentor 0, mentee 1 scores higher there but could go to mentor 1.
    const pairs = solveAssignment({
      scores: [
        [0.1, null],
        [0.9, 0.2],
      ],
      capacities: [1, 1],
    });
    expect(pairs).toEqual([
      { mentee: 0, mentor: 0 },
      { mentee: 1, mentor: 1 },
    ]);
  });

  it('leaves a mentee unmatched when every open seat is blocked for them', () => {
    expect(solveAssignment({ scores: [[null], [0.5]], capacities: [2] })).toEqual([{ mentee: 1, mentor: 0 }]);
  });

  it('handles empty cohorts and mentors without seats', () => {
    expect(solveAssignment({ scores: [], capacities: [3] })).toEqual([]);
    expect(solveAssignment({ scores: [[0.5]], capacities: [0] })).toEqual([]);
  });
});
