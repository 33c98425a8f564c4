import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '@kindling/users';
import { ProgramApplicationStatus, ProgramRole } from './program.enums';
import { ProgramEntity } from './program.entity';

/** A member's application to a program; one per member and program (a withdrawn one is not replaced). */
@Entity('program_application')
@Index('uq_program_application_applicant', ['programId', 'applicantId'], { unique: true })
@Index('ix_program_application_applicant', ['applicantId', 'id'])
export class ProgramApplicationEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @ManyToOne(() => ProgramEntity, { onDelete: 'CASCADE', nullable: false })
  program: ProgramEntity;

  @Column({ type: 'bigint' })
  programId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE', nullable: false })
  applicant: UserEntity;

  @Column({ type: 'bigint' })
  applicantId: string;

  @Column({ type: 'enum', enum: ProgramRole, enumName: 'program_role' })
  role: ProgramRole;

  @Column({
    type: 'enum',
    enum: ProgramApplicationStatus,
    enumName: 'program_application_status',
    default: ProgramApplicationStatus.PENDING,
  })
  status: ProgramApplicationStatus;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  goals: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  answers: string[];

  /** Mentors only, 1..10. */
  @Column({ type: 'integer', nullable: true })
  capacity: number | null;

  @Column({ type: 'timestamptz', nullable: true })
  reviewedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
