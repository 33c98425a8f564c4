import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { CommunityEntity } from '@kindling/communities';
import { UserEntity } from '@kindling/users';
import { EmploymentType, JobStatus } from './job-board.enums';
import { JOB_LIMITS } from './job-rules';

@Entity('job_posting')
@Index('ix_job_posting_community', ['communityId', 'id'])
@Index('ix_job_posting_poster', ['postedById', 'id'])
@Index('ix_job_posting_status_expires', ['status', 'expiresAt'])
// Created by hand in the migration: a GIN index on skills (overlap filter) and a full-text expression index.
@Index('ix_job_posting_skills', { synchronize: false })
@Index('ix_job_posting_search', { synchronize: false })
export class JobPostingEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE', nullable: false })
  postedBy: UserEntity;

  @Column({ type: 'bigint' })
  postedById: string;

  @ManyToOne(() => CommunityEntity, { onDelete: 'CASCADE', nullable: true })
  community: CommunityEntity | null;

  @Column({ type: 'bigint', nullable: true })
  communityId: string | null;

  @Column({ type: 'varchar', length: JOB_LIMITS.title })
  title: string;

  @Column({ type: 'varchar', length: JOB_LIMITS.company })
  company: string;

  @Column({ type: 'varchar', length: JOB_LIMITS.description })
  description: string;

  @Column({ type: 'varchar', length: JOB_LIMITS.location, nullable: true })
  location: string | null;

  @Column({ type: 'boolean' })
  remote: boolean;

  @Column({ type: 'enum', enum: EmploymentType, enumName: 'employment_type' })
  employmentType: EmploymentType;

  /** Normalised (lower-case, trimmed, unique), 1 to 20. */
  @Column({ type: 'text', array: true })
  skills: string[];

  @Column({ type: 'varchar', length: JOB_LIMITS.applyUrl })
  applyUrl: string;

  @Column({ type: 'enum', enum: JobStatus, enumName: 'job_status', default: JobStatus.OPEN })
  status: JobStatus;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
