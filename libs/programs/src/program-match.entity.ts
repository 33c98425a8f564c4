import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '@kindling/users';
import { MatchHealth } from './match-health';
import { ProgramEntity } from './program.entity';

/** A mentee paired with a mentor in a program: proposed until published, then it has its room. */
@Entity('program_match')
@Index('uq_program_match_mentee', ['programId', 'menteeId'], { unique: true })
@Index('ix_program_match_mentor', ['programId', 'mentorId'])
export class ProgramMatchEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @ManyToOne(() => ProgramEntity, { onDelete: 'CASCADE', nullable: false })
  program: ProgramEntity;

  @Column({ type: 'bigint' })
  programId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE', nullable: false })
  mentor: UserEntity;

  @Column({ type: 'bigint' })
  mentorId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE', nullable: false })
  mentee: UserEntity;

  @Column({ type: 'bigint' })
  menteeId: string;

  @Column({ type: 'double precision' })
  score: number;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  reasons: string[];

  /** The room publishing opened (owned by the mentorship feature; no foreign key across features). One match per room. */
  @Index('uq_program_match_room', { unique: true })
  @Column({ type: 'bigint', nullable: true })
  roomId: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  /** The health the last sweep stored: managers hear of a pair once per turn to AT_RISK. */
  @Column({ type: 'enum', enum: MatchHealth, enumName: 'match_health', default: MatchHealth.HEALTHY })
  lastHealth: MatchHealth;

  /** When the pair was last asked to check in (the reminder sweep); null until the first time. */
  @Column({ type: 'timestamptz', nullable: true })
  checkInRemindedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
