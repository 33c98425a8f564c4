import { ProgramStatus } from './program.enums';
import { ProgramsErrorCode, ProgramsException } from './programs.exception';

export const PROGRAM_LIMITS = {
  slug: 60,
  title: 200,
  description: 5_000,
  questions: 20,
  question: 500,
  goals: 20,
  goal: 200,
  workbookItems: 50,
  workbookTitle: 200,
  instructions: 5_000,
  week: { min: 1, max: 52 },
  cadenceDays: { min: 1, max: 90 },
  quietAfterDays: { min: 1, max: 90 },
  capacity: { min: 1, max: 10 },
  applicationGoals: 2_000,
  answer: 2_000,
  /** A room's check-ins shown (newest first): one per participant a day would otherwise grow without end. */
  checkInsShown: 100,
} as const;

export const DEFAULT_QUIET_AFTER_DAYS = 14;
export const PROGRAM_SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,58}[a-z0-9])?$/;

const ORDER = [ProgramStatus.DRAFT, ProgramStatus.OPEN, ProgramStatus.MATCHING, ProgramStatus.ACTIVE, ProgramStatus.COMPLETED];

/** One step forward at a time: DRAFT → OPEN → MATCHING → ACTIVE → COMPLETED. */
export const isNextStatus = (from: ProgramStatus, to: ProgramStatus): boolean => ORDER.indexOf(to) === ORDER.indexOf(from) + 1;

export const invalid = (field: string, message: string) => new ProgramsException(ProgramsErrorCode.INVALID_INPUT, message, field);

export function assertIntWithin(field: string, value: number, { min, max }: { min: number; max: number }): void {
  if (!Number.isInteger(value) || value < min || value > max) throw invalid(field, `${field} must be an integer from ${min} to ${max}`);
}

/** Trimmed, inner whitespace kept; null for blank. */
export const cleanOptional = (value: string | null | undefined): string | null => value?.trim() || null;

/** A list of short texts: each trimmed, none blank, at most `max` of at most `length` characters. */
export function cleanList(field: string, values: readonly string[], max: number, length: number): string[] {
  if (values.length > max) throw invalid(field, `${field} takes at most ${max} entries`);
  return values.map((value, i) => {
    const text = value.trim();
    if (!text) throw invalid(`${field}.${i}`, `${field} must not contain blank entries`);
    if (text.length > length) throw invalid(`${field}.${i}`, `each entry of ${field} must be at most ${length} characters`);
    return text;
  });
}
