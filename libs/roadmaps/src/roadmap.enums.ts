export enum RoadmapStatus {
  /** Never published: moderators only. */
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  /** No new enrollments; existing ones go on. */
  ARCHIVED = 'ARCHIVED',
}

export enum ResourceKind {
  ARTICLE = 'ARTICLE',
  VIDEO = 'VIDEO',
  COURSE = 'COURSE',
  BOOK = 'BOOK',
  PROJECT = 'PROJECT',
  OTHER = 'OTHER',
}

/** ACTIVE and COMPLETED follow the progress (COMPLETED exactly when every step is DONE or SKIPPED); DROPPED is final. */
export enum EnrollmentStatus {
  ACTIVE = 'ACTIVE',
  COMPLETED = 'COMPLETED',
  DROPPED = 'DROPPED',
}

export enum StepStatus {
  NOT_STARTED = 'NOT_STARTED',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
  SKIPPED = 'SKIPPED',
}

/** A step counts towards progress (and unlocks its dependants) when it is DONE or SKIPPED. */
export const isSettled = (status: StepStatus | null | undefined): boolean => status === StepStatus.DONE || status === StepStatus.SKIPPED;
