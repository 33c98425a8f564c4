import { CreateDateColumn, Entity, Index, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '@kindling/users';
import { ThreadEntity } from './thread.entity';

@Entity('thread_subscription')
@Index('ix_thread_subscription_user', ['userId'])
export class ThreadSubscriptionEntity {
  @PrimaryColumn({ type: 'bigint' })
  threadId: string;

  @PrimaryColumn({ type: 'bigint' })
  userId: string;

  @ManyToOne(() => ThreadEntity, { onDelete: 'CASCADE' })
  thread: ThreadEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  user: UserEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
