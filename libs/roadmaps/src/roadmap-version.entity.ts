import { Column, Entity, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '@kindling/users';
import { RoadmapEntity } from './roadmap.entity';

/** One published version of a roadmap: who published it, when, and how many steps it has. */
@Entity('roadmap_version')
export class RoadmapVersionEntity {
  @PrimaryColumn({ type: 'bigint' })
  roadmapId: string;

  @PrimaryColumn({ type: 'integer' })
  version: number;

  @ManyToOne(() => RoadmapEntity, { onDelete: 'CASCADE' })
  roadmap: RoadmapEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  publishedBy: UserEntity | null;

  @Column({ type: 'bigint', nullable: true })
  publishedById: string | null;

  @Column({ type: 'integer' })
  stepCount: number;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  publishedAt: Date;
}
