import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { ResourceKind } from './roadmap.enums';
import { RoadmapEntity } from './roadmap.entity';

/**
 * A step's identity (its id never changes, whatever the edits and versions)
 * and its working-draft content. A step removed from the draft keeps its row
 * (`removed_at` set) when a published version still shows it, so that
 * version, the progress on it and the posts citing it keep their target.
 */
@Entity('roadmap_step')
@Index('ix_roadmap_step_roadmap', ['roadmapId', 'position'])
export class RoadmapStepEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @ManyToOne(() => RoadmapEntity, { onDelete: 'CASCADE', nullable: false })
  roadmap: RoadmapEntity;

  @Column({ type: 'bigint' })
  roadmapId: string;

  @Column({ type: 'varchar', length: 140 })
  title: string;

  @Column({ type: 'varchar', length: 4000, nullable: true })
  description: string | null;

  /** 1-based order within the draft; renumbered by every add, remove and reorder. */
  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'integer', nullable: true })
  estimatedHours: number | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  resources: Array<{ title: string; url: string; kind: ResourceKind }>;

  @Column({ type: 'bigint', array: true, default: () => "'{}'" })
  prerequisiteIds: string[];

  /** Removed from the draft; published versions that contain the step still show it. */
  @Column({ type: 'timestamptz', nullable: true })
  removedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
