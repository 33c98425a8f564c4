import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { GoalStatus } from './mentorship.enums';
import { MentorshipRoomEntity } from './mentorship-room.entity';

@Entity('room_goal')
@Index('ix_room_goal_room', ['roomId', 'id'])
export class RoomGoalEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @ManyToOne(() => MentorshipRoomEntity, { onDelete: 'CASCADE', nullable: false })
  room: MentorshipRoomEntity;

  @Column({ type: 'bigint' })
  roomId: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  description: string | null;

  @Column({ type: 'enum', enum: GoalStatus, enumName: 'goal_status', default: GoalStatus.OPEN })
  status: GoalStatus;

  @Column({ type: 'timestamptz', nullable: true })
  dueAt: Date | null;

  /** Set when the goal moves to DONE, cleared when it moves back. */
  @Column({ type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
