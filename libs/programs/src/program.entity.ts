import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { CommunityEntity } from '@kindling/communities';
import { UserEntity } from '@kindling/users';
import { ProgramStatus } from './program.enums';

/** A cohort-based mentorship program of one community, run by its owners and moderators. */
@Entity('mentorship_program')
@Index('uq_mentorship_program_slug', ['communityId', 'slug'], { unique: true })
@Index('ix_mentorship_program_community', ['communityId', 'id'])
export class ProgramEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @ManyToOne(() => CommunityEntity, { onDelete: 'CASCADE', nullable: false })
  community: CommunityEntity;

  @Column({ type: 'bigint' })
  communityId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  createdBy: UserEntity | null;

  @Column({ type: 'bigint', nullable: true })
  createdById: string | null;

  @Column({ type: 'varchar', length: 60 })
  slug: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'varchar', length: 5000, nullable: true })
  description: string | null;

  @Column({ type: 'enum', enum: ProgramStatus, enumName: 'program_status', default: ProgramStatus.DRAFT })
  status: ProgramStatus;

  @Column({ type: 'timestamptz', nullable: true })
  startsAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  endsAt: Date | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  questions: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  planGoals: string[];

  @Column({ type: 'integer', nullable: true })
  planCadenceDays: number | null;

  @Column({ type: 'integer', default: 14 })
  quietAfterDays: number;

  /** ACCEPTED applications per role, moved with `col ± 1` in the review's transaction. */
  @Column({ type: 'integer', default: 0 })
  mentorCount: number;

  @Column({ type: 'integer', default: 0 })
  menteeCount: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
