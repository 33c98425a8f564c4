import { Check, Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '@kindling/users';
import { SessionStatus } from './mentorship.enums';
import { MentorshipRoomEntity } from './mentorship-room.entity';

@Entity('mentorship_session')
@Index('ix_mentorship_session_room', ['roomId', 'scheduledAt', 'id'])
@Check('ck_mentorship_session_duration', 'duration_minutes BETWEEN 15 AND 240')
export class MentorshipSessionEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @ManyToOne(() => MentorshipRoomEntity, { onDelete: 'CASCADE', nullable: false })
  room: MentorshipRoomEntity;

  @Column({ type: 'bigint' })
  roomId: string;

  /** Who scheduled it; the other participant is notified. */
  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE', nullable: false })
  scheduledBy: UserEntity;

  @Column({ type: 'bigint' })
  scheduledById: string;

  @Column({ type: 'timestamptz' })
  scheduledAt: Date;

  @Column({ type: 'integer' })
  durationMinutes: number;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  agenda: string | null;

  @Column({ type: 'varchar', length: 10000, nullable: true })
  notes: string | null;

  @Column({ type: 'enum', enum: SessionStatus, enumName: 'session_status', default: SessionStatus.SCHEDULED })
  status: SessionStatus;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
