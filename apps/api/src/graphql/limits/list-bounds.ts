import { MAX_ACTION_ITEMS, MAX_ROOM_GOALS } from '@kindling/mentorship';
import { MAX_SHOWN_ACTORS } from '@kindling/notifications';
import { MAX_MENTIONS, ReactionType } from '@kindling/posts';
import { PROGRAM_LIMITS } from '@kindling/programs';
import { MAX_RESOURCES_PER_STEP, MAX_STEPS } from '@kindling/roadmaps';

/** Arguments that set how many items a list field (or the lists of the page it returns) holds. */
export const PAGE_ARGS = new Set(['first', 'limit']);

/**
 * The largest page each page argument accepts (the args classes' validators say the same): a
 * larger one is refused as BAD_USER_INPUT on the argument before the operation is costed.
 */
export const PAGE_MAX: Readonly<Record<string, number>> = { first: 100, limit: 50 };

/** The page a field takes when its page argument has no schema default (every connection declares one today). */
export const DEFAULT_PAGE = 20;

/** Any list field missing below is costed as if it held this many items. */
export const DEFAULT_LIST_BOUND = 100;

/**
 * The most items an unpaged list field can hold, keyed `Type.field`: the real
 * maxima the services enforce. Lists of scalars are free and need no entry;
 * `nodes`/`edges` (and SearchResults' lists) take the page of the field that
 * returned them. operation-cost.spec.ts fails when a list field of the served
 * schema is covered by none of these.
 */
export const LIST_BOUNDS: Readonly<Record<string, number>> = {
  'Roadmap.steps': MAX_STEPS,
  'RoadmapEnrollment.steps': MAX_STEPS,
  'RoadmapStep.prerequisites': MAX_STEPS - 1,
  'RoadmapStep.resources': MAX_RESOURCES_PER_STEP,
  'MentorshipRoom.goals': MAX_ROOM_GOALS,
  'MentorshipRoom.feedback': 2, // one per participant, mentor and mentee
  'MentorshipSession.actionItems': MAX_ACTION_ITEMS,
  'Notification.actors': MAX_SHOWN_ACTORS,
  'Post.mentions': MAX_MENTIONS,
  'Post.reactions': Object.keys(ReactionType).length,
  'ProgramPlan.workbook': PROGRAM_LIMITS.workbookItems,
  'MentorshipRoom.workbook': PROGRAM_LIMITS.workbookItems, // one entry per item of the plan
  'MentorshipRoom.checkIns': PROGRAM_LIMITS.checkInsShown,
  // One match per accepted mentee, and the programs service caps neither: costed at the default guess until it does
  // (the field budget still bounds the answer).
  'MentorshipProgram.matches': DEFAULT_LIST_BOUND,
  'Mutation.proposeProgramMatches': DEFAULT_LIST_BOUND,
};

export const listBound = (typeName: string, fieldName: string): number => LIST_BOUNDS[`${typeName}.${fieldName}`] ?? DEFAULT_LIST_BOUND;
