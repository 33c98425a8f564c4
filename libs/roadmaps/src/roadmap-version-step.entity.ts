import { Column, Entity, Index, ManyToOne, PrimaryColumn } from 'typeorm';
import { ResourceKind } from './roadmap.enums';
import { RoadmapEntity } from './roadmap.entity';
import { RoadmapStepEntity } from './roadmap-step.entity';

/**
 * A step as one published version froze it. Rows are written once, at
 * publish, and never change: an enrollment pinned to a version always sees
 * the same steps, and the same step id across versions is the same step.
 */
@Entity('roadmap_version_step')
@Index('ix_roadmap_version_step_step', ['stepId', 'version'])
export class RoadmapVersionStepEntity {
  @PrimaryColumn({ type: 'bigint' })
  roadmapId: string;

  @PrimaryColumn({ type: 'integer' })
  version: number;

  @PrimaryColumn({ type: 'bigint' })
  stepId: string;

  @ManyToOne(() => RoadmapEntity, { onDelete: 'CASCADE' })
  roadmap: RoadmapEntity;

  @ManyToOne(() => RoadmapStepEntity, { onDelete: 'CASCADE' })
  step: RoadmapStepEntity;

  @Column({ type: 'varchar', length: 140 })
  title: string;

  @Column({ type: 'varchar', length: 4000, nullable: true })
  description: string | null;

  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'integer', nullable: true })
  estimatedHours: number | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  resources: Array<{ title: string; url: string; kind: ResourceKind }>;

  @Column({ type: 'bigint', array: true, default: () => "'{}'" })
  prerequisiteIds: string[];
}
