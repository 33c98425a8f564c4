import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { canAuthor, canSeeRoadmap } from './roadmap-policy';
import { notAModerator, RoadmapAccess } from './roadmap-access.service';
import { RoadmapStepEntity } from './roadmap-step.entity';
import { RoadmapsErrorCode, roadmapsError } from './roadmaps.exception';

const stepNotFound = () => roadmapsError(RoadmapsErrorCode.STEP_NOT_FOUND, 'No such step', 'stepId');

/** Resolves a step id for authoring, deciding NOT_FOUND and FORBIDDEN as for its roadmap. */
@Injectable()
export class DraftStepLocator {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: RoadmapAccess,
  ) {}

  /**
   * The draft step for an author. A viewer who is no author gets FORBIDDEN
   * only for a step they can see (one of the latest published version);
   * anything else they may not see, so it reads as NOT_FOUND.
   */
  async requireAuthoredStep(viewerId: string, stepId: string): Promise<RoadmapStepEntity> {
    const step = await this.dataSource.getRepository(RoadmapStepEntity).findOneBy({ id: stepId });
    const ctx = step && (await this.access.context(viewerId, step.roadmapId));
    if (!step || !ctx || !canSeeRoadmap({ visibility: ctx.visibility, version: ctx.roadmap.version }, ctx.standing)) throw stepNotFound();
    if (!canAuthor(ctx.standing)) {
      const [{ shown }]: Array<{ shown: boolean }> = await this.dataSource.query(
        `SELECT EXISTS (SELECT 1 FROM roadmap_version_step WHERE roadmap_id = $1 AND version = $2 AND step_id = $3) AS shown`,
        [step.roadmapId, ctx.roadmap.version, stepId],
      );
      if (shown) throw notAModerator();
      throw stepNotFound();
    }
    if (step.removedAt) throw stepNotFound();
    return step;
  }
}
