import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { RoadmapStepEntity } from './roadmap-step.entity';
import { RoadmapVersionStepEntity } from './roadmap-version-step.entity';
import { StepView } from './step-content';
import { draftStepView, groupSteps, versionStepView } from './step-views';

export interface VersionKey {
  roadmapId: string;
  version: number;
}

export const versionKey = (key: VersionKey) => `${key.roadmapId}.${key.version}`;

/** Steps as each version shows them, in position order, batched for loaders. Callers check visibility. */
@Injectable()
export class RoadmapStepsReader {
  constructor(private readonly dataSource: DataSource) {}

  /** The working drafts of `roadmapIds`. */
  async draftSteps(roadmapIds: readonly string[]): Promise<Map<string, StepView[]>> {
    if (roadmapIds.length === 0) return new Map();
    const rows = await this.dataSource.getRepository(RoadmapStepEntity).findBy({ roadmapId: In([...roadmapIds]), removedAt: IsNull() });
    return groupSteps(rows.map(draftStepView), (s) => s.roadmapId);
  }

  /** Published versions, keyed by `versionKey`. */
  async versionSteps(keys: readonly VersionKey[], em: EntityManager = this.dataSource.manager): Promise<Map<string, StepView[]>> {
    if (keys.length === 0) return new Map();
    const rows = await em
      .getRepository(RoadmapVersionStepEntity)
      .createQueryBuilder('s')
      .where('(s.roadmap_id, s.version) IN (SELECT * FROM unnest(:roadmapIds::bigint[], :versions::int[]))', {
        roadmapIds: keys.map((k) => k.roadmapId),
        versions: keys.map((k) => k.version),
      })
      .getMany();
    return groupSteps(rows.map(versionStepView), versionKey);
  }

  /** Each step as the newest published version that has it shows it (what a post citing the step points to). */
  async latestPublished(stepIds: readonly string[]): Promise<Map<string, StepView>> {
    if (stepIds.length === 0) return new Map();
    const rows = await this.dataSource
      .getRepository(RoadmapVersionStepEntity)
      .createQueryBuilder('s')
      .distinctOn(['s.step_id'])
      .where('s.step_id = ANY(:stepIds::bigint[])', { stepIds })
      .orderBy('s.step_id')
      .addOrderBy('s.version', 'DESC')
      .getMany();
    return new Map(rows.map((r) => [r.stepId, versionStepView(r)]));
  }

  async isInVersion(em: EntityManager, key: VersionKey, stepId: string): Promise<boolean> {
    return em.getRepository(RoadmapVersionStepEntity).existsBy({ roadmapId: key.roadmapId, version: key.version, stepId });
  }
}
