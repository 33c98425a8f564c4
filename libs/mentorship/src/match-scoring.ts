import { normalizeTags } from '@kindling/core';
import { capacityReason, communitiesReason, expertiseReason, ratingReason, requestGoalsReason, timeZoneReason } from './match-reasons';
import { timeZoneDistanceHours } from './time-zone-distance';

/**
 * Mentor matching, as a pure function of its inputs: the same data (and the
 * same instant, for daylight saving) always gives the same scores, reasons and
 * order.
 *
 *   score = 0.45·skills + 0.15·communities + 0.15·timeZone + 0.15·rating + 0.10·capacity
 *
 *   skills      matched / wanted, where wanted = the seeker's interests ∪ the goals of their
 *               PENDING requests (normalised) and matched = wanted ∩ the mentor's expertise; 0 when
 *               the seeker wants nothing
 *   communities min(shared active communities, 2) / 2
 *   timeZone    1 − (hours between the two clocks, 0..12) / 12
 *   rating      (Bayesian mean − 1) / 4, mean = (sum + 3·3) / (count + 3): unrated mentors are 0.5
 *   capacity    min(open slots, 5) / 5
 *
 * Rounded to 4 decimals, in 0..1. Ties: more open slots first, then more matched skills, then the
 * lower mentor id.
 */
export const MATCH_WEIGHTS = { skills: 0.45, communities: 0.15, timeZone: 0.15, rating: 0.15, capacity: 0.1 } as const;

const PRIOR_MEAN = 3;
const PRIOR_WEIGHT = 3;
const COMMUNITY_CAP = 2;
const CAPACITY_CAP = 5;

export interface MatchSeeker {
  /** Normalised interests, in the member's order. */
  interests: readonly string[];
  /** Goals of the seeker's PENDING requests, as written (normalised here). */
  requestGoals: readonly string[];
  timezone: string;
}

export interface MatchCandidate {
  mentorId: string;
  expertise: readonly string[];
  timezone: string;
  /** Names of the communities both are ACTIVE members of. */
  sharedCommunities: readonly string[];
  capacity: number;
  activeMenteeCount: number;
  ratingSum: number;
  ratingCount: number;
}

export interface ScoredMatch {
  mentorId: string;
  score: number;
  reasons: string[];
  /** Open slots and matched skills, kept for ordering. */
  spare: number;
  matched: number;
}

const round4 = (value: number) => Math.round(value * 10_000) / 10_000;

export function scoreMatch(seeker: MatchSeeker, candidate: MatchCandidate, at: Date): ScoredMatch {
  const interests = normalizeTags(seeker.interests);
  const goals = normalizeTags(seeker.requestGoals).filter((g) => !interests.includes(g));
  const expertise = new Set(normalizeTags(candidate.expertise));
  const matchedInterests = interests.filter((i) => expertise.has(i));
  const matchedGoals = goals.filter((g) => expertise.has(g));
  const wanted = interests.length + goals.length;
  const matched = matchedInterests.length + matchedGoals.length;

  const communities = [...new Set(candidate.sharedCommunities)].sort((a, b) => a.localeCompare(b, 'en'));
  const distance = timeZoneDistanceHours(seeker.timezone, candidate.timezone, at);
  const spare = Math.max(0, candidate.capacity - candidate.activeMenteeCount);
  const count = Math.max(0, candidate.ratingCount);
  const mean = (candidate.ratingSum + PRIOR_MEAN * PRIOR_WEIGHT) / (count + PRIOR_WEIGHT);

  const factors = {
    skills: wanted > 0 ? matched / wanted : 0,
    communities: Math.min(communities.length, COMMUNITY_CAP) / COMMUNITY_CAP,
    timeZone: 1 - distance / 12,
    rating: Math.min(1, Math.max(0, (mean - 1) / 4)),
    capacity: Math.min(spare, CAPACITY_CAP) / CAPACITY_CAP,
  };
  const raw = (Object.keys(MATCH_WEIGHTS) as Array<keyof typeof MATCH_WEIGHTS>).reduce((sum, k) => sum + MATCH_WEIGHTS[k] * factors[k], 0);

  const reasons: string[] = [];
  if (matchedInterests.length > 0) reasons.push(expertiseReason(matchedInterests, interests.length));
  if (matchedGoals.length > 0) reasons.push(requestGoalsReason(matchedGoals));
  if (communities.length > 0) reasons.push(communitiesReason(communities));
  reasons.push(timeZoneReason(distance));
  if (count > 0) reasons.push(ratingReason(candidate.ratingSum / count, count));
  reasons.push(capacityReason(spare));

  return { mentorId: candidate.mentorId, score: Math.min(1, Math.max(0, round4(raw))), reasons, spare, matched };
}

const byId = (a: string, b: string) => (BigInt(a) < BigInt(b) ? -1 : BigInt(a) > BigInt(b) ? 1 : 0);

/** Best first; see the ties above. Full mentors (no open slot) are left out. */
export function rankMatches(seeker: MatchSeeker, candidates: readonly MatchCandidate[], at: Date, limit: number): ScoredMatch[] {
  return candidates
    .map((c) => scoreMatch(seeker, c, at))
    .filter((m) => m.spare > 0)
    .sort((a, b) => b.score - a.score || b.spare - a.spare || b.matched - a.matched || byId(a.mentorId, b.mentorId))
    .slice(0, limit);
}
