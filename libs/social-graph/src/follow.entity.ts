import { CreateDateColumn, Entity, Index, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '@kindling/users';

@Entity('follow')
@Index('ix_follow_followee_created', ['followeeId', 'createdAt'])
@Index('ix_follow_follower_created', ['followerId', 'createdAt'])
// Fan-out walks a member's followers in follower-id batches.
@Index('ix_follow_followee_follower', ['followeeId', 'followerId'])
export class FollowEntity {
  @PrimaryColumn({ type: 'bigint' })
  followerId: string;

  @PrimaryColumn({ type: 'bigint' })
  followeeId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  follower: UserEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  followee: UserEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
