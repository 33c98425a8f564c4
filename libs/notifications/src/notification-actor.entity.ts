import { Column, Entity, Index, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '@kindling/users';
import { NotificationEntity } from './notification.entity';

/** One actor of a grouped notification; the primary key makes a redelivered job count an actor once. */
@Entity('notification_actor')
@Index('ix_notification_actor_recent', ['notificationId', 'actedAt'])
export class NotificationActorEntity {
  @PrimaryColumn({ type: 'bigint' })
  notificationId: string;

  @PrimaryColumn({ type: 'bigint' })
  actorId: string;

  @ManyToOne(() => NotificationEntity, { onDelete: 'CASCADE' })
  notification: NotificationEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  actor: UserEntity;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  actedAt: Date;
}
