import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PostEntity } from '@kindling/posts';
import { UserEntity } from '@kindling/users';

/**
 * A comment or a reply. Deleting leaves a tombstone (body gone, shown without
 * an author) so its replies stay in place; the author id is kept for moderation.
 */
@Entity('comment')
@Index('ix_comment_post_parent', ['postId', 'parentId', 'id'])
// GIN on the #tags, and full-text search over live comments (commentSearchVectorSql); created by hand in their migration.
@Index('ix_comment_tags', { synchronize: false })
@Index('ix_comment_search', { synchronize: false })
export class CommentEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @ManyToOne(() => PostEntity, { onDelete: 'CASCADE', nullable: false })
  post: PostEntity;

  @Column({ type: 'bigint' })
  postId: string;

  @ManyToOne(() => CommentEntity, { onDelete: 'CASCADE', nullable: true })
  parent: CommentEntity | null;

  @Column({ type: 'bigint', nullable: true })
  parentId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE', nullable: false })
  author: UserEntity;

  @Column({ type: 'bigint' })
  authorId: string;

  @Column({ type: 'varchar', length: 5000, nullable: true })
  body: string | null;

  /** Lower-cased #tags of the body (the posts feature's extraction), at most 10. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  tags: string[];

  /** Replies that are not deleted. */
  @Column({ type: 'integer', default: 0 })
  replyCount: number;

  @Column({ type: 'timestamptz', nullable: true })
  editedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  deletedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
