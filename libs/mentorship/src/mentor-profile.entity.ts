import { Check, Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { UserEntity } from '@kindling/users';

/** A member's offer to mentor. One per member; the counters move in the transactions that change them. */
@Entity('mentor_profile')
@Index('ix_mentor_profile_expertise', { synchronize: false })
@Check('ck_mentor_profile_capacity', 'capacity BETWEEN 1 AND 50')
@Check('ck_mentor_profile_years', 'years_of_experience BETWEEN 0 AND 60')
@Check('ck_mentor_profile_active_mentees', 'active_mentee_count >= 0')
export class MentorProfileEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE', nullable: false })
  user: UserEntity;

  @Index('uq_mentor_profile_user', { unique: true })
  @Column({ type: 'bigint' })
  userId: string;

  /** Normalised skills (lower-cased, trimmed, de-duplicated), 1 to 20. */
  @Column({ type: 'text', array: true })
  expertise: string[];

  @Column({ type: 'integer' })
  yearsOfExperience: number;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  about: string | null;

  @Column({ type: 'boolean' })
  acceptingMentees: boolean;

  /** How many open (ACTIVE or PAUSED) rooms the mentor takes at once. */
  @Column({ type: 'integer' })
  capacity: number;

  /** Open rooms as mentor: `+ 1` only while below capacity (the accept's guard), `- 1` when one completes. */
  @Column({ type: 'integer', default: 0 })
  activeMenteeCount: number;

  /** Sum and count of the ratings mentees gave in their room feedback. */
  @Column({ type: 'integer', default: 0 })
  ratingSum: number;

  @Column({ type: 'integer', default: 0 })
  ratingCount: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
