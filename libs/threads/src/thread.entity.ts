import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { CommunityEntity } from '@kindling/communities';
import { UserEntity } from '@kindling/users';
import { ThreadStatus } from './thread-status';

/** A member's public journal toward one goal. */
@Entity('growth_thread')
@Index('ix_growth_thread_author', ['authorId', 'id'])
@Index('ix_growth_thread_community', ['communityId', 'id'])
// Full-text search over title and goal; created by hand in its migration.
@Index('ix_growth_thread_search', { synchronize: false })
export class ThreadEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE', nullable: false })
  author: UserEntity;

  @Column({ type: 'bigint' })
  authorId: string;

  @ManyToOne(() => CommunityEntity, { onDelete: 'CASCADE', nullable: true })
  community: CommunityEntity | null;

  @Column({ type: 'bigint', nullable: true })
  communityId: string | null;

  @Column({ type: 'varchar', length: 140 })
  title: string;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  goal: string | null;

  @Column({ type: 'enum', enum: ThreadStatus, enumName: 'thread_status', default: ThreadStatus.ACTIVE })
  status: ThreadStatus;

  /** Visible posts; moved in the transaction that creates or deletes one. */
  @Column({ type: 'integer', default: 0 })
  postCount: number;

  @Column({ type: 'integer', default: 0 })
  subscriberCount: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
