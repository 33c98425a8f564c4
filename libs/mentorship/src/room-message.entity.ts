import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '@kindling/users';
import { MentorshipRoomEntity } from './mentorship-room.entity';

/** Ids grow with time: the room's chat pages by id, newest first. */
@Entity('room_message')
@Index('ix_room_message_room', ['roomId', 'id'])
export class RoomMessageEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @ManyToOne(() => MentorshipRoomEntity, { onDelete: 'CASCADE', nullable: false })
  room: MentorshipRoomEntity;

  @Column({ type: 'bigint' })
  roomId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE', nullable: false })
  author: UserEntity;

  @Column({ type: 'bigint' })
  authorId: string;

  @Column({ type: 'varchar', length: 4000 })
  body: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
