import { isSettled, StepStatus } from './roadmap.enums';
import { StepView } from './step-content';
import { progressOf, unlockedIds } from './step-graph';

/** The stored part of a member's progress on one step (no row: NOT_STARTED). */
export interface ProgressRow {
  stepId: string;
  status: StepStatus;
  evidencePostId: string | null;
  verifiedById: string | null;
  verifiedAt: Date | null;
  updatedAt: Date;
}

/** One entry of `RoadmapEnrollment.steps`. */
export interface StepProgressView {
  enrollmentId: string;
  step: StepView;
  status: StepStatus;
  unlocked: boolean;
  updatedAt: Date | null;
  evidencePostId: string | null;
  verifiedById: string | null;
}

/** One entry per step of the followed version, in position order, with `unlocked` from the prerequisites. */
export function progressViews(enrollmentId: string, steps: readonly StepView[], rows: readonly ProgressRow[]): StepProgressView[] {
  const byStep = new Map(rows.map((r) => [r.stepId, r]));
  const unlocked = unlockedIds(steps, (id) => byStep.get(id)?.status);
  return [...steps]
    .sort((a, b) => a.position - b.position)
    .map((step) => {
      const row = byStep.get(step.id);
      return {
        enrollmentId,
        step,
        status: row?.status ?? StepStatus.NOT_STARTED,
        unlocked: unlocked.has(step.id),
        updatedAt: row?.updatedAt ?? null,
        evidencePostId: row?.evidencePostId ?? null,
        verifiedById: row?.verifiedById ?? null,
      };
    });
}

/** Share of the version's steps that are DONE or SKIPPED. */
export function enrollmentProgress(steps: readonly StepView[], rows: readonly ProgressRow[]): number {
  const byStep = new Map(rows.map((r) => [r.stepId, r.status]));
  return progressOf(steps, (id) => byStep.get(id));
}

export const isComplete = (steps: readonly StepView[], rows: readonly ProgressRow[]): boolean =>
  steps.length > 0 && steps.every((s) => isSettled(rows.find((r) => r.stepId === s.id)?.status));
