import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '@kindling/users';
import { MentorshipRoomEntity } from './mentorship-room.entity';
import { MentorshipSessionEntity } from './mentorship-session.entity';

/** A follow-up from a completed session, assigned to one of the room's two participants. */
@Entity('action_item')
@Index('ix_action_item_session', ['sessionId', 'id'])
export class ActionItemEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @ManyToOne(() => MentorshipSessionEntity, { onDelete: 'CASCADE', nullable: false })
  session: MentorshipSessionEntity;

  @Column({ type: 'bigint' })
  sessionId: string;

  /** Copied from the session, so access checks need no join. */
  @ManyToOne(() => MentorshipRoomEntity, { onDelete: 'CASCADE', nullable: false })
  room: MentorshipRoomEntity;

  @Column({ type: 'bigint' })
  roomId: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE', nullable: false })
  assignee: UserEntity;

  @Column({ type: 'bigint' })
  assigneeId: string;

  @Column({ type: 'boolean', default: false })
  done: boolean;

  @Column({ type: 'timestamptz', nullable: true })
  doneAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
