import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '@kindling/users';
import { MentorshipRequestStatus } from './mentorship.enums';

/** A mentee asks a mentor; at most one PENDING request per pair (partial unique index). */
@Entity('mentorship_request')
@Index('uq_mentorship_request_pending', ['menteeId', 'mentorId'], { unique: true, where: `status = 'PENDING'` })
@Index('ix_mentorship_request_mentor', ['mentorId', 'id'])
@Index('ix_mentorship_request_mentee', ['menteeId', 'id'])
export class MentorshipRequestEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE', nullable: false })
  mentee: UserEntity;

  @Column({ type: 'bigint' })
  menteeId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE', nullable: false })
  mentor: UserEntity;

  @Column({ type: 'bigint' })
  mentorId: string;

  @Column({ type: 'varchar', length: 2000 })
  message: string;

  /** As the mentee wrote them (trimmed, de-duplicated); matching compares them normalised. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  goals: string[];

  @Column({ type: 'enum', enum: MentorshipRequestStatus, enumName: 'mentorship_request_status', default: MentorshipRequestStatus.PENDING })
  status: MentorshipRequestStatus;

  @Column({ type: 'timestamptz', nullable: true })
  respondedAt: Date | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  responseNote: string | null;

  /** The room opened by accepting (set in the same transaction). */
  @Column({ type: 'bigint', nullable: true })
  roomId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
