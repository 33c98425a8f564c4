import { munkres } from 'munkres';

/**
 * The one file that knows the solver: the Hungarian method (the `munkres`
 * package) over mentor seats. Each mentor offers min(capacity, mentees)
 * columns; each mentee is a row. Costs are integers so the optimum is exact:
 *
 *   allowed pair    SCALE − score·SCALE   (0..SCALE; scores carry 4 decimals)
 *   forbidden pair  SCALE · (pairs + 1)   (more than any set of allowed pairs costs)
 *
 * The rectangular solver assigns min(rows, columns) pairs; minimizing the
 * cost first keeps forbidden pairs to the fewest (so the most mentees are
 * matched), then maximizes the total score. Forbidden pairs in the answer are
 * dropped: those mentees had no allowed seat left.
 */
export interface AssignmentInput {
  /** scores[mentee][mentor] in 0..1, or null when the pair may not be matched (a block). */
  scores: ReadonlyArray<ReadonlyArray<number | null>>;
  /** capacities[mentor] ≥ 0. */
  capacities: readonly number[];
}

export interface Assignment {
  mentee: number;
  mentor: number;
}

const SCALE = 10_000;

export function solveAssignment({ scores, capacities }: AssignmentInput): Assignment[] {
  const mentees = scores.length;
  const seatOwner: number[] = [];
  capacities.forEach((capacity, mentor) => {
    for (let s = 0; s < Math.min(capacity, mentees); s++) seatOwner.push(mentor);
  });
  if (mentees === 0 || seatOwner.length === 0) return [];
  const forbidden = SCALE * (Math.min(mentees, seatOwner.length) + 1);
  const costs = scores.map((row) =>
    seatOwner.map((mentor) => {
      const score = row[mentor];
      return score === null || score === undefined ? forbidden : SCALE - Math.round(score * SCALE);
    }),
  );
  return munkres(costs)
    .map(([mentee, seat]) => ({ mentee, mentor: seatOwner[seat] }))
    .filter(({ mentee, mentor }) => scores[mentee][mentor] !== null && scores[mentee][mentor] !== undefined)
    .sort((a, b) => a.mentee - b.mentee);
}
