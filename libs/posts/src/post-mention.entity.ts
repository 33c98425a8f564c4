import { Entity, Index, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '@kindling/users';
import { PostEntity } from './post.entity';

@Entity('post_mention')
@Index('ix_post_mention_user', ['userId'])
export class PostMentionEntity {
  @PrimaryColumn({ type: 'bigint' })
  postId: string;

  @PrimaryColumn({ type: 'bigint' })
  userId: string;

  @ManyToOne(() => PostEntity, { onDelete: 'CASCADE' })
  post: PostEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  user: UserEntity;
}
