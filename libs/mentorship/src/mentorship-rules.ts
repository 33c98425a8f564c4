import { normalizeTags } from '@kindling/core';
import { MentorshipErrorCode, MentorshipException } from './mentorship.exception';

export const EXPERTISE_LIMITS = { min: 1, max: 20, length: 50 } as const;
export const CAPACITY_LIMITS = { min: 1, max: 50 } as const;
export const YEARS_LIMITS = { min: 0, max: 60 } as const;
export const SESSION_MINUTES = { min: 15, max: 240 } as const;
export const MAX_REQUEST_GOALS = 10;
export const MAX_ROOM_GOALS = 50;
export const MAX_ACTION_ITEMS = 20;
export const MAX_MESSAGE_LENGTH = 4_000;

const invalid = (field: string, message: string) => new MentorshipException(MentorshipErrorCode.INVALID_INPUT, message, field);

/** Expertise as stored: normalised like profile skills, 1 to 20 of them, each at most 50 characters. */
export function normalizeExpertise(values: readonly string[]): string[] {
  const expertise = normalizeTags(values);
  if (expertise.length < EXPERTISE_LIMITS.min || expertise.length > EXPERTISE_LIMITS.max) {
    throw invalid('expertise', `expertise must list ${EXPERTISE_LIMITS.min} to ${EXPERTISE_LIMITS.max} distinct skills`);
  }
  if (expertise.some((e) => e.length > EXPERTISE_LIMITS.length)) {
    throw invalid('expertise', `each expertise entry must be at most ${EXPERTISE_LIMITS.length} characters`);
  }
  return expertise;
}

export function assertWithin(field: string, value: number, { min, max }: { min: number; max: number }): void {
  if (!Number.isInteger(value) || value < min || value > max) throw invalid(field, `${field} must be an integer from ${min} to ${max}`);
}

/** Request goals: trimmed, blank and repeated ones (case-insensitively) dropped, the writer's wording kept. */
export function cleanGoals(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const goals: string[] = [];
  for (const value of values) {
    const goal = value.trim().replace(/\s+/g, ' ');
    if (goal && !seen.has(goal.toLowerCase())) {
      seen.add(goal.toLowerCase());
      goals.push(goal);
    }
  }
  if (goals.length > MAX_REQUEST_GOALS) throw invalid('goals', `goals may list at most ${MAX_REQUEST_GOALS} goals`);
  return goals;
}

/** A session starts in the future and lasts 15 to 240 minutes. */
export function assertSessionTiming(scheduledAt: Date, durationMinutes: number, now: Date): void {
  if (Number.isNaN(scheduledAt.getTime()) || scheduledAt.getTime() <= now.getTime()) {
    throw invalid('scheduledAt', 'scheduledAt must be in the future');
  }
  assertWithin('durationMinutes', durationMinutes, SESSION_MINUTES);
}

/** Optional free text: trimmed, empty becomes null. */
export const cleanText = (value: string | null | undefined): string | null => value?.trim() || null;
