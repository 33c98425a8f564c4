import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { CommunityEntity } from '@kindling/communities';
import { UserEntity } from '@kindling/users';
import { RoadmapStatus } from './roadmap.enums';

/**
 * A learning path curated by a community's moderators. Its steps live in
 * `roadmap_step` (the working draft, and the identity of each step) and, once
 * published, in `roadmap_version_step` (one frozen copy per version).
 */
@Entity('roadmap')
@Index('uq_roadmap_community_slug', ['communityId', 'slug'], { unique: true })
@Index('ix_roadmap_community', ['communityId', 'id'])
// Full-text search (roadmapSearchVectorSql); created by hand in its migration (an expression index).
@Index('ix_roadmap_search', { synchronize: false })
export class RoadmapEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @ManyToOne(() => CommunityEntity, { onDelete: 'CASCADE', nullable: false })
  community: CommunityEntity;

  @Column({ type: 'bigint' })
  communityId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE', nullable: false })
  author: UserEntity;

  @Column({ type: 'bigint' })
  authorId: string;

  @Column({ type: 'varchar', length: 40 })
  slug: string;

  @Column({ type: 'varchar', length: 140 })
  title: string;

  @Column({ type: 'varchar', length: 4000, nullable: true })
  description: string | null;

  @Column({ type: 'enum', enum: RoadmapStatus, enumName: 'roadmap_status', default: RoadmapStatus.DRAFT })
  status: RoadmapStatus;

  /** The latest published version; 0 until first published. */
  @Column({ type: 'integer', default: 0 })
  version: number;

  /** Fingerprint of the working draft's steps, refreshed by every edit (see draft-fingerprint.ts). */
  @Column({ type: 'varchar', length: 64 })
  draftFingerprint: string;

  /** Fingerprint of the latest published version; null until first published. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  publishedFingerprint: string | null;

  /** ACTIVE and COMPLETED enrollments; moved with `+ 1` in the enrollment's transaction. */
  @Column({ type: 'integer', default: 0 })
  enrollmentCount: number;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
