import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ThreadEntity } from '@kindling/threads';
import { UserEntity } from '@kindling/users';
import { PostKind } from './post.enums';

/** A progress post. Ids grow with time, so feeds and timelines order by id. */
@Entity('post')
@Index('ix_post_thread', ['threadId', 'id'])
@Index('ix_post_author', ['authorId', 'id'])
@Index('ix_post_community', ['communityId', 'id'])
@Index('ix_post_tags', { synchronize: false })
// Full-text search over the body of undeleted posts; created by hand in its migration.
@Index('ix_post_search', { synchronize: false })
export class PostEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @ManyToOne(() => ThreadEntity, { onDelete: 'CASCADE', nullable: false })
  thread: ThreadEntity;

  @Column({ type: 'bigint' })
  threadId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE', nullable: false })
  author: UserEntity;

  @Column({ type: 'bigint' })
  authorId: string;

  /** Copied from the thread (which never moves), so feeds filter without a join. */
  @Column({ type: 'bigint', nullable: true })
  communityId: string | null;

  @Column({ type: 'enum', enum: PostKind, enumName: 'post_kind', default: PostKind.UPDATE })
  kind: PostKind;

  @Column({ type: 'varchar', length: 10000 })
  body: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  tags: string[];

  /** The roadmap step this post is evidence for (validated by the roadmaps feature). */
  @Column({ type: 'bigint', nullable: true })
  roadmapStepId: string | null;

  @Column({ type: 'integer', default: 0 })
  commentCount: number;

  @Column({ type: 'integer', default: 0 })
  cheerCount: number;

  @Column({ type: 'integer', default: 0 })
  insightfulCount: number;

  @Column({ type: 'integer', default: 0 })
  supportCount: number;

  @Column({ type: 'integer', default: 0 })
  celebrateCount: number;

  @Column({ type: 'timestamptz', nullable: true })
  editedAt: Date | null;

  /** Soft delete: a deleted post is invisible everywhere but stays for reports and the moderation log. */
  @Column({ type: 'timestamptz', nullable: true })
  deletedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
