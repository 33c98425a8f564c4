import { Column, Entity, Index, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '@kindling/users';
import { CommentEntity } from './comment.entity';

/** A member a comment names with @handle. `notifiedAt` is set once they were told, so an edit never tells them twice. */
@Entity('comment_mention')
@Index('ix_comment_mention_user', ['userId'])
export class CommentMentionEntity {
  @PrimaryColumn({ type: 'bigint' })
  commentId: string;

  @PrimaryColumn({ type: 'bigint' })
  userId: string;

  @Column({ type: 'timestamptz', nullable: true })
  notifiedAt: Date | null;

  @ManyToOne(() => CommentEntity, { onDelete: 'CASCADE' })
  comment: CommentEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  user: UserEntity;
}
