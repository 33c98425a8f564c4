import { Check, Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CommentEntity } from '@kindling/comments';
import { CommunityEntity } from '@kindling/communities';
import { PostEntity } from '@kindling/posts';
import { UserEntity } from '@kindling/users';
import { ReportReason, ReportStatus } from './report.enums';

/**
 * A member's report of a post or a comment. `communityId` is the content's
 * community (its moderators handle it), or null: then platform admins do.
 */
@Entity('report')
@Check('ck_report_one_subject', '(post_id IS NULL) <> (comment_id IS NULL)')
// One OPEN report per reporter and item; resolved ones do not block a new report.
@Index('uq_report_open_post', ['reporterId', 'postId'], { unique: true, where: `status = 'OPEN'` })
@Index('uq_report_open_comment', ['reporterId', 'commentId'], { unique: true, where: `status = 'OPEN'` })
@Index('ix_report_community', ['communityId', 'status', 'id'])
export class ReportEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE', nullable: false })
  reporter: UserEntity;

  @Column({ type: 'bigint' })
  reporterId: string;

  @ManyToOne(() => PostEntity, { onDelete: 'CASCADE', nullable: true })
  post: PostEntity | null;

  @Column({ type: 'bigint', nullable: true })
  postId: string | null;

  @ManyToOne(() => CommentEntity, { onDelete: 'CASCADE', nullable: true })
  comment: CommentEntity | null;

  @Column({ type: 'bigint', nullable: true })
  commentId: string | null;

  @ManyToOne(() => CommunityEntity, { onDelete: 'CASCADE', nullable: true })
  community: CommunityEntity | null;

  @Column({ type: 'bigint', nullable: true })
  communityId: string | null;

  @Column({ type: 'enum', enum: ReportReason, enumName: 'report_reason' })
  reason: ReportReason;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  details: string | null;

  @Column({ type: 'enum', enum: ReportStatus, enumName: 'report_status', default: ReportStatus.OPEN })
  status: ReportStatus;

  @Column({ type: 'timestamptz', nullable: true })
  resolvedAt: Date | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  resolvedBy: UserEntity | null;

  @Column({ type: 'bigint', nullable: true })
  resolvedById: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
