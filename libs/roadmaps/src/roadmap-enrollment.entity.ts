import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { ThreadEntity } from '@kindling/threads';
import { UserEntity } from '@kindling/users';
import { EnrollmentStatus } from './roadmap.enums';
import { RoadmapEntity } from './roadmap.entity';

/** A member following one published version of a roadmap. */
@Entity('roadmap_enrollment')
// One live (ACTIVE or COMPLETED) enrollment per member and roadmap; dropped ones stay as history.
@Index('uq_roadmap_enrollment_live', ['roadmapId', 'userId'], { unique: true, where: `"status" <> 'DROPPED'` })
@Index('ix_roadmap_enrollment_user', ['userId', 'id'])
@Index('ix_roadmap_enrollment_thread', ['threadId'])
export class RoadmapEnrollmentEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @ManyToOne(() => RoadmapEntity, { onDelete: 'CASCADE', nullable: false })
  roadmap: RoadmapEntity;

  @Column({ type: 'bigint' })
  roadmapId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE', nullable: false })
  user: UserEntity;

  @Column({ type: 'bigint' })
  userId: string;

  /** The pinned published version. */
  @Column({ type: 'integer' })
  version: number;

  @Column({ type: 'enum', enum: EnrollmentStatus, enumName: 'enrollment_status', default: EnrollmentStatus.ACTIVE })
  status: EnrollmentStatus;

  /** The growth thread that documents the enrollment. */
  @ManyToOne(() => ThreadEntity, { onDelete: 'SET NULL', nullable: true })
  thread: ThreadEntity | null;

  @Column({ type: 'bigint', nullable: true })
  threadId: string | null;

  /** The version whose completion was announced in the thread: one MILESTONE post per completed version. */
  @Column({ type: 'integer', nullable: true })
  milestoneVersion: number | null;

  @Column({ type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  droppedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
