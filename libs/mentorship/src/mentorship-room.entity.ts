import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { UserEntity } from '@kindling/users';
import { RoomStatus } from './mentorship.enums';
import { MentorshipRequestEntity } from './mentorship-request.entity';

/** A private 1:1 space of one mentor and one mentee; nobody else reads or writes it. */
@Entity('mentorship_room')
@Index('ix_mentorship_room_mentor', ['mentorId', 'id'])
@Index('ix_mentorship_room_mentee', ['menteeId', 'id'])
// A pair has at most one open room at a time.
@Index('uq_mentorship_room_open_pair', ['mentorId', 'menteeId'], { unique: true, where: `status IN ('ACTIVE', 'PAUSED')` })
export class MentorshipRoomEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE', nullable: false })
  mentor: UserEntity;

  @Column({ type: 'bigint' })
  mentorId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE', nullable: false })
  mentee: UserEntity;

  @Column({ type: 'bigint' })
  menteeId: string;

  @ManyToOne(() => MentorshipRequestEntity, { onDelete: 'CASCADE', nullable: false })
  request: MentorshipRequestEntity;

  @Index('uq_mentorship_room_request', { unique: true })
  @Column({ type: 'bigint' })
  requestId: string;

  @Column({ type: 'enum', enum: RoomStatus, enumName: 'room_status', default: RoomStatus.ACTIVE })
  status: RoomStatus;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  agreementGoals: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  agreementCadence: string | null;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  agreementExpectations: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  agreementUpdatedAt: Date | null;

  /** The mentee's roadmap enrollment shared into the room (owned by the roadmaps feature; no foreign key across features). */
  @Column({ type: 'bigint', nullable: true })
  enrollmentId: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
