import { AuthErrorCode } from '@kindling/auth';
import { CommentsErrorCode } from '@kindling/comments';
import { CommunitiesErrorCode } from '@kindling/communities';
import { JobBoardErrorCode } from '@kindling/job-board';
import { MentorshipErrorCode } from '@kindling/mentorship';
import { PostsErrorCode } from '@kindling/posts';
import { ProgramsErrorCode } from '@kindling/programs';
import { ReportsErrorCode } from '@kindling/reports';
import { RoadmapsErrorCode } from '@kindling/roadmaps';
import { SearchErrorCode } from '@kindling/search';
import { ThreadsErrorCode } from '@kindling/threads';
import { SocialGraphErrorCode } from '@kindling/social-graph';
import { UsersErrorCode } from '@kindling/users';
import { ApiErrorCode } from './api-error-code';
import { InputErrorCode } from './input-validation.exception';

/**
 * Every feature error code → its GraphQL code. `satisfies Record<Code, …>`
 * makes each table exhaustive: a new code that is not mapped fails to compile.
 */
export const DOMAIN_ERROR_MAP: Record<string, Record<string, ApiErrorCode>> = {
  input: {
    [InputErrorCode.INVALID_INPUT]: ApiErrorCode.BAD_USER_INPUT,
  } satisfies Record<InputErrorCode, ApiErrorCode>,
  users: {
    [UsersErrorCode.USER_NOT_FOUND]: ApiErrorCode.NOT_FOUND,
    [UsersErrorCode.HANDLE_TAKEN]: ApiErrorCode.CONFLICT,
    [UsersErrorCode.EMAIL_TAKEN]: ApiErrorCode.CONFLICT,
    [UsersErrorCode.INVALID_HANDLE]: ApiErrorCode.BAD_USER_INPUT,
    [UsersErrorCode.INVALID_DISPLAY_NAME]: ApiErrorCode.BAD_USER_INPUT,
    [UsersErrorCode.INVALID_TIMEZONE]: ApiErrorCode.BAD_USER_INPUT,
  } satisfies Record<UsersErrorCode, ApiErrorCode>,
  auth: {
    [AuthErrorCode.INVALID_CREDENTIALS]: ApiErrorCode.UNAUTHENTICATED,
    [AuthErrorCode.INVALID_REFRESH_TOKEN]: ApiErrorCode.UNAUTHENTICATED,
    [AuthErrorCode.INVALID_ACCESS_TOKEN]: ApiErrorCode.UNAUTHENTICATED,
    [AuthErrorCode.AUTHENTICATION_REQUIRED]: ApiErrorCode.UNAUTHENTICATED,
    [AuthErrorCode.RATE_LIMITED]: ApiErrorCode.RATE_LIMITED,
  } satisfies Record<AuthErrorCode, ApiErrorCode>,
  'social-graph': {
    [SocialGraphErrorCode.SELF_RELATION]: ApiErrorCode.BAD_USER_INPUT,
    [SocialGraphErrorCode.MEMBER_NOT_FOUND]: ApiErrorCode.NOT_FOUND,
    [SocialGraphErrorCode.BLOCKED]: ApiErrorCode.FORBIDDEN,
  } satisfies Record<SocialGraphErrorCode, ApiErrorCode>,
  communities: {
    [CommunitiesErrorCode.COMMUNITY_NOT_FOUND]: ApiErrorCode.NOT_FOUND,
    [CommunitiesErrorCode.MEMBERSHIP_NOT_FOUND]: ApiErrorCode.NOT_FOUND,
    [CommunitiesErrorCode.MEMBER_NOT_FOUND]: ApiErrorCode.NOT_FOUND,
    [CommunitiesErrorCode.SLUG_TAKEN]: ApiErrorCode.CONFLICT,
    [CommunitiesErrorCode.INVALID_SLUG]: ApiErrorCode.BAD_USER_INPUT,
    [CommunitiesErrorCode.NOT_A_MODERATOR]: ApiErrorCode.FORBIDDEN,
    [CommunitiesErrorCode.OWNER_ONLY]: ApiErrorCode.FORBIDDEN,
    [CommunitiesErrorCode.BANNED]: ApiErrorCode.FORBIDDEN,
    [CommunitiesErrorCode.LAST_OWNER]: ApiErrorCode.CONFLICT,
    [CommunitiesErrorCode.PROTECTED_MEMBER]: ApiErrorCode.FORBIDDEN,
    [CommunitiesErrorCode.NOT_PENDING]: ApiErrorCode.CONFLICT,
    [CommunitiesErrorCode.NOT_ACTIVE]: ApiErrorCode.CONFLICT,
    [CommunitiesErrorCode.SELF_ACTION]: ApiErrorCode.BAD_USER_INPUT,
  } satisfies Record<CommunitiesErrorCode, ApiErrorCode>,
  threads: {
    [ThreadsErrorCode.THREAD_NOT_FOUND]: ApiErrorCode.NOT_FOUND,
    [ThreadsErrorCode.NOT_THREAD_AUTHOR]: ApiErrorCode.FORBIDDEN,
    [ThreadsErrorCode.NOT_A_COMMUNITY_MEMBER]: ApiErrorCode.FORBIDDEN,
  } satisfies Record<ThreadsErrorCode, ApiErrorCode>,
  posts: {
    [PostsErrorCode.POST_NOT_FOUND]: ApiErrorCode.NOT_FOUND,
    [PostsErrorCode.NOT_POST_AUTHOR]: ApiErrorCode.FORBIDDEN,
    [PostsErrorCode.NOT_THREAD_AUTHOR]: ApiErrorCode.FORBIDDEN,
    [PostsErrorCode.INVALID_ROADMAP_STEP]: ApiErrorCode.BAD_USER_INPUT,
  } satisfies Record<PostsErrorCode, ApiErrorCode>,
  comments: {
    [CommentsErrorCode.COMMENT_NOT_FOUND]: ApiErrorCode.NOT_FOUND,
    [CommentsErrorCode.NOT_COMMENT_AUTHOR]: ApiErrorCode.FORBIDDEN,
    [CommentsErrorCode.PARENT_NOT_ON_POST]: ApiErrorCode.BAD_USER_INPUT,
    [CommentsErrorCode.COMMENT_DELETED]: ApiErrorCode.CONFLICT,
    [CommentsErrorCode.BLOCKED]: ApiErrorCode.FORBIDDEN,
  } satisfies Record<CommentsErrorCode, ApiErrorCode>,
  search: {
    [SearchErrorCode.INVALID_LIMIT]: ApiErrorCode.BAD_USER_INPUT,
    [SearchErrorCode.QUERY_TOO_LONG]: ApiErrorCode.BAD_USER_INPUT,
  } satisfies Record<SearchErrorCode, ApiErrorCode>,
  reports: {
    [ReportsErrorCode.INVALID_SUBJECT]: ApiErrorCode.BAD_USER_INPUT,
    [ReportsErrorCode.SUBJECT_NOT_FOUND]: ApiErrorCode.NOT_FOUND,
    [ReportsErrorCode.ALREADY_REPORTED]: ApiErrorCode.CONFLICT,
    [ReportsErrorCode.REPORT_NOT_FOUND]: ApiErrorCode.NOT_FOUND,
    [ReportsErrorCode.ALREADY_RESOLVED]: ApiErrorCode.CONFLICT,
    [ReportsErrorCode.NOT_A_MODERATOR]: ApiErrorCode.FORBIDDEN,
    [ReportsErrorCode.ADMIN_ONLY]: ApiErrorCode.FORBIDDEN,
  } satisfies Record<ReportsErrorCode, ApiErrorCode>,
  'job-board': {
    [JobBoardErrorCode.JOB_NOT_FOUND]: ApiErrorCode.NOT_FOUND,
    [JobBoardErrorCode.NOT_JOB_POSTER]: ApiErrorCode.FORBIDDEN,
    [JobBoardErrorCode.BANNED]: ApiErrorCode.FORBIDDEN,
    [JobBoardErrorCode.NOT_A_COMMUNITY_MEMBER]: ApiErrorCode.FORBIDDEN,
    [JobBoardErrorCode.JOB_NOT_OPEN]: ApiErrorCode.CONFLICT,
    [JobBoardErrorCode.INVALID_EXPIRY]: ApiErrorCode.BAD_USER_INPUT,
    [JobBoardErrorCode.INVALID_SKILLS]: ApiErrorCode.BAD_USER_INPUT,
    [JobBoardErrorCode.INVALID_APPLY_URL]: ApiErrorCode.BAD_USER_INPUT,
  } satisfies Record<JobBoardErrorCode, ApiErrorCode>,
  programs: {
    [ProgramsErrorCode.PROGRAM_NOT_FOUND]: ApiErrorCode.NOT_FOUND,
    [ProgramsErrorCode.APPLICATION_NOT_FOUND]: ApiErrorCode.NOT_FOUND,
    [ProgramsErrorCode.NOT_A_MANAGER]: ApiErrorCode.FORBIDDEN,
    [ProgramsErrorCode.NOT_A_MEMBER]: ApiErrorCode.FORBIDDEN,
    [ProgramsErrorCode.SLUG_TAKEN]: ApiErrorCode.CONFLICT,
    [ProgramsErrorCode.INVALID_INPUT]: ApiErrorCode.BAD_USER_INPUT,
    [ProgramsErrorCode.INVALID_TRANSITION]: ApiErrorCode.BAD_USER_INPUT,
    [ProgramsErrorCode.WRONG_STATUS]: ApiErrorCode.CONFLICT,
    [ProgramsErrorCode.ALREADY_APPLIED]: ApiErrorCode.CONFLICT,
    [ProgramsErrorCode.APPLICATION_NOT_PENDING]: ApiErrorCode.CONFLICT,
    [ProgramsErrorCode.NOT_A_PARTICIPANT]: ApiErrorCode.BAD_USER_INPUT,
    [ProgramsErrorCode.MENTOR_AT_CAPACITY]: ApiErrorCode.CONFLICT,
    [ProgramsErrorCode.BLOCKED]: ApiErrorCode.FORBIDDEN,
    [ProgramsErrorCode.ROOM_NOT_FOUND]: ApiErrorCode.NOT_FOUND,
    [ProgramsErrorCode.ALREADY_CHECKED_IN]: ApiErrorCode.CONFLICT,
    [ProgramsErrorCode.NOT_THE_MENTEE]: ApiErrorCode.FORBIDDEN,
    [ProgramsErrorCode.WORKBOOK_ITEM_NOT_FOUND]: ApiErrorCode.NOT_FOUND,
  } satisfies Record<ProgramsErrorCode, ApiErrorCode>,
  mentorship: {
    [MentorshipErrorCode.INVALID_INPUT]: ApiErrorCode.BAD_USER_INPUT,
    [MentorshipErrorCode.SELF_MENTORSHIP]: ApiErrorCode.BAD_USER_INPUT,
    [MentorshipErrorCode.MENTOR_NOT_FOUND]: ApiErrorCode.NOT_FOUND,
    [MentorshipErrorCode.NOT_ACCEPTING_MENTEES]: ApiErrorCode.CONFLICT,
    [MentorshipErrorCode.MENTOR_AT_CAPACITY]: ApiErrorCode.CONFLICT,
    [MentorshipErrorCode.REQUEST_ALREADY_PENDING]: ApiErrorCode.CONFLICT,
    [MentorshipErrorCode.ALREADY_MENTORED]: ApiErrorCode.CONFLICT,
    [MentorshipErrorCode.REQUEST_NOT_FOUND]: ApiErrorCode.NOT_FOUND,
    [MentorshipErrorCode.NOT_THE_MENTOR]: ApiErrorCode.FORBIDDEN,
    [MentorshipErrorCode.NOT_THE_MENTEE]: ApiErrorCode.FORBIDDEN,
    [MentorshipErrorCode.REQUEST_NOT_PENDING]: ApiErrorCode.CONFLICT,
    [MentorshipErrorCode.ROOM_NOT_FOUND]: ApiErrorCode.NOT_FOUND,
    [MentorshipErrorCode.GOAL_NOT_FOUND]: ApiErrorCode.NOT_FOUND,
    [MentorshipErrorCode.SESSION_NOT_FOUND]: ApiErrorCode.NOT_FOUND,
    [MentorshipErrorCode.ACTION_ITEM_NOT_FOUND]: ApiErrorCode.NOT_FOUND,
    [MentorshipErrorCode.ROOM_COMPLETED]: ApiErrorCode.CONFLICT,
    [MentorshipErrorCode.ROOM_NOT_COMPLETED]: ApiErrorCode.CONFLICT,
    [MentorshipErrorCode.SESSION_NOT_SCHEDULED]: ApiErrorCode.CONFLICT,
    [MentorshipErrorCode.SESSION_NOT_STARTED]: ApiErrorCode.CONFLICT,
    [MentorshipErrorCode.NOT_ASSIGNEE_OR_MENTOR]: ApiErrorCode.FORBIDDEN,
    [MentorshipErrorCode.FEEDBACK_ALREADY_GIVEN]: ApiErrorCode.CONFLICT,
    [MentorshipErrorCode.TOO_MANY_GOALS]: ApiErrorCode.CONFLICT,
    [MentorshipErrorCode.NOT_ROOM_MENTEE]: ApiErrorCode.FORBIDDEN,
    [MentorshipErrorCode.NO_SHARED_ENROLLMENT]: ApiErrorCode.CONFLICT,
    [MentorshipErrorCode.BLOCKED]: ApiErrorCode.FORBIDDEN,
  } satisfies Record<MentorshipErrorCode, ApiErrorCode>,
  roadmaps: {
    [RoadmapsErrorCode.ROADMAP_NOT_FOUND]: ApiErrorCode.NOT_FOUND,
    [RoadmapsErrorCode.STEP_NOT_FOUND]: ApiErrorCode.NOT_FOUND,
    [RoadmapsErrorCode.ENROLLMENT_NOT_FOUND]: ApiErrorCode.NOT_FOUND,
    [RoadmapsErrorCode.NOT_A_MODERATOR]: ApiErrorCode.FORBIDDEN,
    [RoadmapsErrorCode.SLUG_TAKEN]: ApiErrorCode.CONFLICT,
    [RoadmapsErrorCode.INVALID_SLUG]: ApiErrorCode.BAD_USER_INPUT,
    [RoadmapsErrorCode.INVALID_STEP]: ApiErrorCode.BAD_USER_INPUT,
    [RoadmapsErrorCode.TOO_MANY_STEPS]: ApiErrorCode.BAD_USER_INPUT,
    [RoadmapsErrorCode.INVALID_PREREQUISITES]: ApiErrorCode.BAD_USER_INPUT,
    [RoadmapsErrorCode.PREREQUISITE_CYCLE]: ApiErrorCode.BAD_USER_INPUT,
    [RoadmapsErrorCode.INVALID_STEP_ORDER]: ApiErrorCode.BAD_USER_INPUT,
    [RoadmapsErrorCode.NOTHING_TO_PUBLISH]: ApiErrorCode.CONFLICT,
    [RoadmapsErrorCode.NOT_ENROLLABLE]: ApiErrorCode.CONFLICT,
    [RoadmapsErrorCode.ALREADY_ENROLLED]: ApiErrorCode.CONFLICT,
    [RoadmapsErrorCode.ENROLLMENT_DROPPED]: ApiErrorCode.CONFLICT,
    [RoadmapsErrorCode.BANNED]: ApiErrorCode.FORBIDDEN,
    [RoadmapsErrorCode.THREAD_NEEDS_MEMBERSHIP]: ApiErrorCode.FORBIDDEN,
    [RoadmapsErrorCode.STEP_NOT_IN_VERSION]: ApiErrorCode.BAD_USER_INPUT,
    [RoadmapsErrorCode.INVALID_EVIDENCE]: ApiErrorCode.BAD_USER_INPUT,
    [RoadmapsErrorCode.STEP_NOT_DONE]: ApiErrorCode.CONFLICT,
    [RoadmapsErrorCode.PREREQUISITES_NOT_SETTLED]: ApiErrorCode.CONFLICT,
  } satisfies Record<RoadmapsErrorCode, ApiErrorCode>,
};
