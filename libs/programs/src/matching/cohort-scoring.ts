import { MatchCandidate, MatchSeeker, scoreMatch } from '@kindling/mentorship';
import { solveAssignment } from './seat-assignment';

export interface CohortMentee {
  userId: string;
  seeker: MatchSeeker;
}

export interface CohortMentor {
  userId: string;
  /** Scored like a mentor with `capacity` open slots (the program's seats, not their 1:1 profile's); sharedCommunities come per pair. */
  candidate: MatchCandidate;
}

export interface ProposedPair {
  menteeId: string;
  mentorId: string;
  score: number;
  reasons: string[];
}

/** `a:b` with the lower id first: a block either way is one key. */
export const pairKey = (a: string, b: string) => (BigInt(a) < BigInt(b) ? `${a}:${b}` : `${b}:${a}`);

/** Names of the communities both members are ACTIVE in. */
export type SharedCommunities = (menteeId: string, mentorId: string) => string[];

/** Mentor matching's score and reasons for one pair of the cohort. */
export const scorePair = (mentee: CohortMentee, mentor: CohortMentor, shared: SharedCommunities, at: Date) =>
  scoreMatch(mentee.seeker, { ...mentor.candidate, sharedCommunities: shared(mentee.userId, mentor.userId) }, at);

/**
 * Scores every mentee × mentor pair once (mentor matching's score and
 * reasons), forbids blocked pairs and the self-pair, and returns the optimal
 * assignment within capacity.
 */
export function proposeCohort(
  mentees: readonly CohortMentee[],
  mentors: readonly CohortMentor[],
  blocked: ReadonlySet<string>,
  shared: SharedCommunities,
  at: Date,
): ProposedPair[] {
  const scored = mentees.map((mentee) =>
    mentors.map((mentor) =>
      mentee.userId === mentor.userId || blocked.has(pairKey(mentee.userId, mentor.userId)) ? null : scorePair(mentee, mentor, shared, at),
    ),
  );
  const pairs = solveAssignment({
    scores: scored.map((row) => row.map((m) => m?.score ?? null)),
    capacities: mentors.map((m) => m.candidate.capacity),
  });
  return pairs.map(({ mentee, mentor }): ProposedPair => {
    const match = scored[mentee][mentor]!;
    return { menteeId: mentees[mentee].userId, mentorId: mentors[mentor].userId, score: match.score, reasons: match.reasons };
  });
}
