import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { UserEntity } from '@kindling/users';
import { CommunityRole, MembershipStatus } from './community.enums';
import { CommunityEntity } from './community.entity';

/** One member's standing in one community. A ban is a membership row too, so it survives leaving. */
@Entity('membership')
@Index('uq_membership_community_user', ['communityId', 'userId'], { unique: true })
@Index('ix_membership_community_status', ['communityId', 'status', 'id'])
@Index('ix_membership_user', ['userId', 'status'])
export class MembershipEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @ManyToOne(() => CommunityEntity, { onDelete: 'CASCADE', nullable: false })
  community: CommunityEntity;

  @Column({ type: 'bigint' })
  communityId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE', nullable: false })
  user: UserEntity;

  @Column({ type: 'bigint' })
  userId: string;

  @Column({ type: 'enum', enum: CommunityRole, enumName: 'community_role', default: CommunityRole.MEMBER })
  role: CommunityRole;

  @Column({ type: 'enum', enum: MembershipStatus, enumName: 'membership_status' })
  status: MembershipStatus;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
