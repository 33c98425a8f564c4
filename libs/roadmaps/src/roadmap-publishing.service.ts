import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ModerationActionType, ModerationLogService } from '@kindling/communities';
import { TransactionRunner } from '@kindling/database';
import { JobQueue } from '@kindling/jobs';
import { RoadmapAccess } from './roadmap-access.service';
import { RoadmapStatus } from './roadmap.enums';
import { RoadmapEntity } from './roadmap.entity';
import { RoadmapVersionEntity } from './roadmap-version.entity';
import { RoadmapsErrorCode, roadmapsError } from './roadmaps.exception';

/** Publishing and archiving: moderator actions, each logged in its own transaction. */
@Injectable()
export class RoadmapPublishingService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly access: RoadmapAccess,
    private readonly log: ModerationLogService,
    private readonly jobs: JobQueue,
  ) {}

  /**
   * Freezes the draft as version n+1 (every step keeps its id), sets
   * PUBLISHED, logs PUBLISH_ROADMAP and, after commit, has the worker tell
   * enrolled members. An unchanged draft makes no new version: publishing it
   * again is a no-op, or brings an archived roadmap back (logged, no notice).
   */
  async publish(viewerId: string, roadmapId: string): Promise<RoadmapEntity> {
    await this.access.requireAuthor(viewerId, roadmapId, 'id');
    return this.tx.run(async (tx) => {
      const { em } = tx;
      const roadmap = await lockRoadmap(em, roadmapId);
      const changed = roadmap.draftFingerprint !== roadmap.publishedFingerprint;
      if (!changed && roadmap.status === RoadmapStatus.PUBLISHED) return roadmap;
      let version = roadmap.version;
      if (changed) {
        version += 1;
        const stepCount = await snapshotDraft(em, roadmapId, version);
        if (stepCount === 0) throw roadmapsError(RoadmapsErrorCode.NOTHING_TO_PUBLISH, 'Add at least one step before publishing', 'id');
        await em.insert(RoadmapVersionEntity, { roadmapId, version, publishedById: viewerId, stepCount });
      }
      await em.update(
        RoadmapEntity,
        { id: roadmapId },
        {
          status: RoadmapStatus.PUBLISHED,
          version,
          publishedFingerprint: roadmap.draftFingerprint,
          ...(changed && { publishedAt: new Date() }),
        },
      );
      await this.log.record(em, {
        communityId: roadmap.communityId,
        type: ModerationActionType.PUBLISH_ROADMAP,
        moderatorId: viewerId,
        subjectId: roadmapId,
        reason: changed ? `version ${version}` : `version ${version} unarchived`,
      });
      if (changed) {
        await this.jobs.enqueueAfterCommit(
          tx,
          'notify.roadmap-published',
          { roadmapId, version, publisherId: viewerId },
          { jobId: `roadmap-published.${roadmapId}.${version}` },
        );
      }
      return em.findOneByOrFail(RoadmapEntity, { id: roadmapId });
    });
  }

  /** Stops new enrollments (existing ones go on); logs ARCHIVE_ROADMAP. Archiving an archived roadmap changes nothing. */
  async archive(viewerId: string, roadmapId: string): Promise<RoadmapEntity> {
    await this.access.requireAuthor(viewerId, roadmapId, 'id');
    return this.tx.run(async ({ em }) => {
      const roadmap = await lockRoadmap(em, roadmapId);
      if (roadmap.status === RoadmapStatus.ARCHIVED) return roadmap;
      await em.update(RoadmapEntity, { id: roadmapId }, { status: RoadmapStatus.ARCHIVED });
      await this.log.record(em, {
        communityId: roadmap.communityId,
        type: ModerationActionType.ARCHIVE_ROADMAP,
        moderatorId: viewerId,
        subjectId: roadmapId,
      });
      return em.findOneByOrFail(RoadmapEntity, { id: roadmapId });
    });
  }
}

const lockRoadmap = (em: EntityManager, roadmapId: string) =>
  em.findOneOrFail(RoadmapEntity, { where: { id: roadmapId }, lock: { mode: 'pessimistic_write' } });

/** Copies the draft's steps into the version, positions 1..n; returns how many. */
async function snapshotDraft(em: EntityManager, roadmapId: string, version: number): Promise<number> {
  const rows: unknown[] = await em.query(
    `INSERT INTO roadmap_version_step (roadmap_id, version, step_id, title, description, position, estimated_hours, resources, prerequisite_ids)
     SELECT roadmap_id, $2, id, title, description, row_number() OVER (ORDER BY position, id), estimated_hours, resources, prerequisite_ids
       FROM roadmap_step WHERE roadmap_id = $1 AND removed_at IS NULL
     RETURNING step_id`,
    [roadmapId, version],
  );
  return rows.length;
}
