import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Transaction, TransactionRunner } from '@kindling/database';
import { PostsService } from '@kindling/posts';
import { EnrollmentCompletion } from './enrollment-completion.service';
import { progressViews, StepProgressView } from './enrollment-progress';
import { EnrollmentsService } from './enrollments.service';
import { EnrollmentStatus, isSettled, StepStatus } from './roadmap.enums';
import { RoadmapEnrollmentEntity } from './roadmap-enrollment.entity';
import { RoadmapStepsReader, versionKey } from './roadmap-steps.reader';
import { enrollmentDropped, RoadmapsErrorCode, roadmapsError } from './roadmaps.exception';
import { StepProgressEntity } from './step-progress.entity';

export interface ProgressUpdate {
  enrollmentId: string;
  stepId: string;
  status: StepStatus;
  /** A post id to cite; null clears the evidence; absent keeps it. */
  evidencePostId?: string | null;
}

/** A member's progress on the steps of the version they follow. */
@Injectable()
export class StepProgressService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly enrollments: EnrollmentsService,
    private readonly reader: RoadmapStepsReader,
    private readonly completion: EnrollmentCompletion,
    private readonly posts: PostsService,
  ) {}

  /**
   * Own enrollment only; the step must be in the pinned version; evidence
   * must be one of the member's own posts they can see. DONE needs every
   * prerequisite DONE or SKIPPED (other statuses are free). A verification
   * holds while the status stays the same. Completion follows in the same
   * transaction.
   */
  async update(viewerId: string, input: ProgressUpdate): Promise<StepProgressView> {
    const current = await this.enrollments.requireOwn(viewerId, input.enrollmentId);
    if (current.status === EnrollmentStatus.DROPPED) throw enrollmentDropped();
    if (input.evidencePostId) {
      const post = await this.posts.findVisible(viewerId, input.evidencePostId);
      if (post?.authorId !== viewerId) {
        throw roadmapsError(RoadmapsErrorCode.INVALID_EVIDENCE, 'evidencePostId must be one of your own posts', 'evidencePostId');
      }
    }
    return this.tx.run(async (tx) => {
      const enrollment = await this.lockLive(tx.em, input.enrollmentId);
      if (!(await this.reader.isInVersion(tx.em, enrollment, input.stepId))) {
        throw roadmapsError(RoadmapsErrorCode.STEP_NOT_IN_VERSION, 'That step is not in the version you follow', 'stepId');
      }
      if (input.status === StepStatus.DONE) await this.requireSettledPrerequisites(tx.em, enrollment, input.stepId);
      const keepEvidence = input.evidencePostId === undefined;
      await tx.em.query(
        `INSERT INTO step_progress (enrollment_id, step_id, status, evidence_post_id, updated_at) VALUES ($1, $2, $3, $4, now())
         ON CONFLICT (enrollment_id, step_id) DO UPDATE SET
           status = EXCLUDED.status,
           evidence_post_id = CASE WHEN $5::boolean THEN step_progress.evidence_post_id ELSE EXCLUDED.evidence_post_id END,
           verified_by_id = CASE WHEN step_progress.status = EXCLUDED.status THEN step_progress.verified_by_id END,
           verified_at = CASE WHEN step_progress.status = EXCLUDED.status THEN step_progress.verified_at END,
           updated_at = now()`,
        [enrollment.id, input.stepId, input.status, input.evidencePostId ?? null, keepEvidence],
      );
      await this.completion.settle(tx, enrollment.id);
      return this.view(tx.em, enrollment, input.stepId);
    });
  }

  /**
   * For the mentorship feature (which decides who may verify): records that
   * `verifierId` confirmed a DONE step of the enrollment's version.
   */
  async recordVerification(
    enrollmentId: string,
    stepId: string,
    verifierId: string,
    /** Runs in the same transaction once the verification is recorded (the caller's jobs). */
    recorded: (tx: Transaction) => Promise<void>,
  ): Promise<StepProgressView> {
    return this.tx.run(async (tx) => {
      const { em } = tx;
      const enrollment = await this.lockLive(em, enrollmentId);
      const [, changed]: [unknown, number] = await em.query(
        `UPDATE step_progress SET verified_by_id = $3, verified_at = now() WHERE enrollment_id = $1 AND step_id = $2 AND status = 'DONE'`,
        [enrollmentId, stepId, verifierId],
      );
      if (changed === 0) throw roadmapsError(RoadmapsErrorCode.STEP_NOT_DONE, 'Only a DONE step can be verified', 'stepId');
      await recorded(tx);
      return this.view(em, enrollment, stepId);
    });
  }

  private async requireSettledPrerequisites(em: EntityManager, enrollment: RoadmapEnrollmentEntity, stepId: string): Promise<void> {
    const steps = (await this.reader.versionSteps([enrollment], em)).get(versionKey(enrollment)) ?? [];
    const statuses = new Map((await em.findBy(StepProgressEntity, { enrollmentId: enrollment.id })).map((r) => [r.stepId, r.status]));
    const prerequisites = new Set(steps.find((s) => s.id === stepId)?.prerequisiteIds ?? []);
    const missing = steps.filter((s) => prerequisites.has(s.id) && !isSettled(statuses.get(s.id)));
    if (missing.length === 0) return;
    throw roadmapsError(
      RoadmapsErrorCode.PREREQUISITES_NOT_SETTLED,
      `Finish or skip ${missing.map((s) => `"${s.title}"`).join(', ')} first`,
      'stepId',
      { missingStepIds: missing.map((s) => s.id) },
    );
  }

  private async lockLive(em: EntityManager, enrollmentId: string): Promise<RoadmapEnrollmentEntity> {
    const enrollment = await em.findOneOrFail(RoadmapEnrollmentEntity, {
      where: { id: enrollmentId },
      lock: { mode: 'pessimistic_write' },
    });
    if (enrollment.status === EnrollmentStatus.DROPPED) throw enrollmentDropped();
    return enrollment;
  }

  private async view(em: EntityManager, enrollment: RoadmapEnrollmentEntity, stepId: string): Promise<StepProgressView> {
    const steps = (await this.reader.versionSteps([enrollment], em)).get(versionKey(enrollment)) ?? [];
    const rows = await em.findBy(StepProgressEntity, { enrollmentId: enrollment.id });
    return progressViews(enrollment.id, steps, rows).find((v) => v.step.id === stepId)!;
  }
}
