import { Check, Column, CreateDateColumn, Entity, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '@kindling/users';
import { MentorshipRoomEntity } from './mentorship-room.entity';

/** Each participant's closing feedback on a completed room; the primary key makes it once each. */
@Entity('room_feedback')
@Check('ck_room_feedback_rating', 'rating BETWEEN 1 AND 5')
export class RoomFeedbackEntity {
  @PrimaryColumn({ type: 'bigint' })
  roomId: string;

  @PrimaryColumn({ type: 'bigint' })
  authorId: string;

  @ManyToOne(() => MentorshipRoomEntity, { onDelete: 'CASCADE' })
  room: MentorshipRoomEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  author: UserEntity;

  @Column({ type: 'smallint' })
  rating: number;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  comment: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
