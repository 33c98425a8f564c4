import { Column, Entity, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '@kindling/users';
import { StepStatus } from './roadmap.enums';
import { RoadmapEnrollmentEntity } from './roadmap-enrollment.entity';
import { RoadmapStepEntity } from './roadmap-step.entity';

/**
 * A member's progress on one step, keyed by the step's stable id: it belongs
 * to the step, not to a version, so edits and republishing never touch it.
 * Only `upgradeEnrollment` drops rows, for steps the new version no longer has.
 * No row means NOT_STARTED.
 */
@Entity('step_progress')
export class StepProgressEntity {
  @PrimaryColumn({ type: 'bigint' })
  enrollmentId: string;

  @PrimaryColumn({ type: 'bigint' })
  stepId: string;

  @ManyToOne(() => RoadmapEnrollmentEntity, { onDelete: 'CASCADE' })
  enrollment: RoadmapEnrollmentEntity;

  @ManyToOne(() => RoadmapStepEntity, { onDelete: 'CASCADE' })
  step: RoadmapStepEntity;

  @Column({ type: 'enum', enum: StepStatus, enumName: 'step_status', default: StepStatus.NOT_STARTED })
  status: StepStatus;

  /** A post of the member's offered as evidence (validated when set; read back through posts' visibility). */
  @Column({ type: 'bigint', nullable: true })
  evidencePostId: string | null;

  /** Set by the mentorship feature when the mentor of a room sharing the enrollment confirms a DONE step. */
  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  verifiedBy: UserEntity | null;

  @Column({ type: 'bigint', nullable: true })
  verifiedById: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  verifiedAt: Date | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
