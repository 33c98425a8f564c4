import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '@kindling/users';
import { ModerationActionType } from './community.enums';
import { CommunityEntity } from './community.entity';

/** The moderation log: written in the same transaction as the action it records. */
@Entity('moderation_action')
@Index('ix_moderation_action_community', ['communityId', 'id'])
export class ModerationActionEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @ManyToOne(() => CommunityEntity, { onDelete: 'CASCADE', nullable: false })
  community: CommunityEntity;

  @Column({ type: 'bigint' })
  communityId: string;

  @Column({ type: 'enum', enum: ModerationActionType, enumName: 'moderation_action_type' })
  type: ModerationActionType;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE', nullable: false })
  moderator: UserEntity;

  @Column({ type: 'bigint' })
  moderatorId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  targetUser: UserEntity | null;

  @Column({ type: 'bigint', nullable: true })
  targetUserId: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  reason: string | null;

  /** The subject of content actions (a post, comment, roadmap or job id), for the features that log them. */
  @Column({ type: 'bigint', nullable: true })
  subjectId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
