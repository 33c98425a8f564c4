import { CreateDateColumn, Entity, Index, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '@kindling/users';
import { ReactionType } from './post.enums';
import { PostEntity } from './post.entity';

/** One member's reaction of one type to one post; the key makes `react` idempotent. */
@Entity('reaction')
@Index('ix_reaction_user', ['userId', 'postId'])
export class ReactionEntity {
  @PrimaryColumn({ type: 'bigint' })
  postId: string;

  @PrimaryColumn({ type: 'bigint' })
  userId: string;

  @PrimaryColumn({ type: 'enum', enum: ReactionType, enumName: 'reaction_type' })
  type: ReactionType;

  @ManyToOne(() => PostEntity, { onDelete: 'CASCADE' })
  post: PostEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  user: UserEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
