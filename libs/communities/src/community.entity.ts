import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { UserEntity } from '@kindling/users';
import { CommunityVisibility } from './community.enums';

@Entity('community')
// Full-text search over name and description; created by hand in its migration (an expression index).
@Index('ix_community_search', { synchronize: false })
export class CommunityEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Index('uq_community_slug', { unique: true })
  @Column({ type: 'varchar', length: 40 })
  slug: string;

  @Column({ type: 'varchar', length: 80 })
  name: string;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  description: string | null;

  @Column({ type: 'enum', enum: CommunityVisibility, enumName: 'community_visibility' })
  visibility: CommunityVisibility;

  /** ACTIVE memberships; moved with `member_count + 1` in the membership's transaction. */
  @Column({ type: 'integer', default: 0 })
  memberCount: number;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  createdBy: UserEntity | null;

  @Column({ type: 'bigint', nullable: true })
  createdById: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
