import { Injectable } from '@nestjs/common';
import { Transaction } from '@kindling/database';
import { PostKind, PostsService } from '@kindling/posts';
import { isComplete } from './enrollment-progress';
import { EnrollmentStatus, StepStatus } from './roadmap.enums';
import { RoadmapEntity } from './roadmap.entity';
import { RoadmapEnrollmentEntity } from './roadmap-enrollment.entity';
import { RoadmapStepsReader, versionKey } from './roadmap-steps.reader';
import { StepProgressEntity } from './step-progress.entity';

/**
 * Keeps an enrollment's status in step with its progress: COMPLETED (with
 * completedAt) exactly when every step of the followed version is DONE or
 * SKIPPED, ACTIVE otherwise. The first completion of each version is
 * announced once in the enrollment's thread with a MILESTONE post.
 */
@Injectable()
export class EnrollmentCompletion {
  constructor(
    private readonly reader: RoadmapStepsReader,
    private readonly posts: PostsService,
  ) {}

  /** Call in the transaction that changed the progress or the version, with the enrollment row locked. */
  async settle({ em, afterCommit }: Transaction, enrollmentId: string): Promise<void> {
    const enrollment = await em.findOneByOrFail(RoadmapEnrollmentEntity, { id: enrollmentId });
    if (enrollment.status === EnrollmentStatus.DROPPED) return;
    const key = { roadmapId: enrollment.roadmapId, version: enrollment.version };
    const steps = (await this.reader.versionSteps([key], em)).get(versionKey(key)) ?? [];
    const rows = await em.findBy(StepProgressEntity, { enrollmentId });
    const complete = isComplete(steps, rows);

    if (!complete && enrollment.status === EnrollmentStatus.COMPLETED) {
      await em.update(RoadmapEnrollmentEntity, { id: enrollmentId }, { status: EnrollmentStatus.ACTIVE, completedAt: null });
    }
    if (!complete || enrollment.status === EnrollmentStatus.COMPLETED) return;

    const announce = enrollment.threadId !== null && enrollment.milestoneVersion !== enrollment.version;
    await em.update(
      RoadmapEnrollmentEntity,
      { id: enrollmentId },
      { status: EnrollmentStatus.COMPLETED, completedAt: new Date(), ...(announce && { milestoneVersion: enrollment.version }) },
    );
    if (!announce) return;
    const { title } = await em.findOneByOrFail(RoadmapEntity, { id: enrollment.roadmapId });
    const skipped = rows.filter((r) => r.status === StepStatus.SKIPPED && steps.some((s) => s.id === r.stepId)).length;
    const tally =
      skipped === 0 ? `all ${steps.length} steps done` : `${steps.length - skipped} of ${steps.length} steps done, ${skipped} skipped`;
    const body = `Completed the roadmap "${title}" (version ${enrollment.version}): ${tally}.`;
    const threadId = enrollment.threadId!;
    afterCommit(() => this.posts.create(enrollment.userId, { threadId, kind: PostKind.MILESTONE, body }));
  }
}
