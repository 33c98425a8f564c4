import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { RoadmapStepEvidence } from '@kindling/posts';

/**
 * Answers posts' question "may this member cite this step?" (posts cannot
 * import roadmaps: roadmaps uses posts). A step may be cited by a member
 * whose live enrollment follows a version that has the step.
 */
@Injectable()
export class RoadmapStepEvidenceService implements RoadmapStepEvidence {
  constructor(private readonly dataSource: DataSource) {}

  async isStepOfEnrollment(userId: string, stepId: string): Promise<boolean> {
    const [{ found }]: Array<{ found: boolean }> = await this.dataSource.query(
      `SELECT EXISTS (
         SELECT 1 FROM roadmap_enrollment e
           JOIN roadmap_version_step s ON s.roadmap_id = e.roadmap_id AND s.version = e.version AND s.step_id = $2
          WHERE e.user_id = $1 AND e.status <> 'DROPPED'
       ) AS found`,
      [userId, stepId],
    );
    return found;
  }
}
