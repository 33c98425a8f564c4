import { normalizeTags } from '@kindling/core';

/** How many of a job's skills a member must share: two, or all of them when the job lists fewer. */
export const requiredOverlap = (jobSkillCount: number): number => Math.min(2, jobSkillCount);

/**
 * JOB_MATCH: the member's skills overlap the job's in at least two skills (in
 * its one skill when it lists one). Compared after the same normalisation as
 * profiles and jobs use, so `" TypeScript "` matches `typescript`.
 */
export function isJobMatch(jobSkills: readonly string[], memberSkills: readonly string[]): boolean {
  const wanted = new Set(normalizeTags(jobSkills));
  if (wanted.size === 0) return false;
  let shared = 0;
  for (const skill of normalizeTags(memberSkills)) if (wanted.has(skill)) shared++;
  return shared >= requiredOverlap(wanted.size);
}
