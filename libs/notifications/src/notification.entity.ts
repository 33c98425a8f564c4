import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { UserEntity } from '@kindling/users';
import { NotificationType } from './notification-type';

/**
 * One grouped notification: while unread, what several actors did to one
 * subject accumulates here (a partial unique index enforces one unread row
 * per recipient, type and subject).
 */
@Entity('notification')
@Index('uq_notification_unread_group', ['recipientId', 'type', 'subjectKey'], { unique: true, where: 'read_at IS NULL' })
@Index('ix_notification_recipient_updated', ['recipientId', 'updatedAt', 'id'])
export class NotificationEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE', nullable: false })
  recipient: UserEntity;

  @Column({ type: 'bigint' })
  recipientId: string;

  @Column({ type: 'enum', enum: NotificationType, enumName: 'notification_type' })
  type: NotificationType;

  @Column({ type: 'varchar', length: 200 })
  subjectKey: string;

  @Column({ type: 'bigint', nullable: true })
  communityId: string | null;

  @Column({ type: 'bigint', nullable: true })
  postId: string | null;

  @Column({ type: 'bigint', nullable: true })
  commentId: string | null;

  @Column({ type: 'bigint', nullable: true })
  threadId: string | null;

  @Column({ type: 'bigint', nullable: true })
  roomId: string | null;

  @Column({ type: 'bigint', nullable: true })
  roadmapId: string | null;

  @Column({ type: 'bigint', nullable: true })
  jobId: string | null;

  @Column({ type: 'bigint', nullable: true })
  mentorshipRequestId: string | null;

  @Column({ type: 'bigint', nullable: true })
  programId: string | null;

  @Column({ type: 'integer', default: 0 })
  actorCount: number;

  @Column({ type: 'timestamptz', nullable: true })
  readAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
