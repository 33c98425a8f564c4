import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Repository } from 'typeorm';
import { isActive, isBanned, MembershipStatus, Standing } from '@kindling/communities';
import { isUniqueViolation, TransactionRunner } from '@kindling/database';
import { ThreadsService } from '@kindling/threads';
import { EnrollmentCompletion } from './enrollment-completion.service';
import { RoadmapAccess, RoadmapContext } from './roadmap-access.service';
import { canSeeRoadmap } from './roadmap-policy';
import { EnrollmentStatus, RoadmapStatus } from './roadmap.enums';
import { RoadmapEnrollmentEntity } from './roadmap-enrollment.entity';
import { enrollmentDropped, enrollmentNotFound, RoadmapsErrorCode, roadmapsError } from './roadmaps.exception';

/**
 * Enrolling, dropping and upgrading. An enrollment pins the published
 * version it follows; progress is kept per step id, so moving to a newer
 * version keeps every step that still exists.
 */
@Injectable()
export class EnrollmentsService {
  constructor(
    @InjectRepository(RoadmapEnrollmentEntity) private readonly enrollments: Repository<RoadmapEnrollmentEntity>,
    private readonly tx: TransactionRunner,
    private readonly access: RoadmapAccess,
    private readonly threads: ThreadsService,
    private readonly completion: EnrollmentCompletion,
  ) {}

  /**
   * Follows the current version of a published roadmap. With `createThread`
   * (the default) a growth thread documents it in the roadmap's community, so
   * the member must be an ACTIVE member there: anyone else (a non-member of a
   * public community) is refused with FORBIDDEN on `createThread`, and may
   * join first or enroll with createThread: false. Nothing is written then.
   */
  async enroll(viewerId: string, roadmapId: string, createThread = true): Promise<RoadmapEnrollmentEntity> {
    const ctx = await this.access.requireVisible(viewerId, roadmapId, 'roadmapId');
    assertEnrollable(ctx);
    if (createThread && !isActive(ctx.standing)) {
      throw roadmapsError(
        RoadmapsErrorCode.THREAD_NEEDS_MEMBERSHIP,
        'Join the community to document this roadmap in a thread there, or enroll with createThread: false',
        'createThread',
      );
    }
    const enrollment = await this.insert(viewerId, roadmapId);
    if (!createThread) return enrollment;
    try {
      const { title } = ctx.roadmap;
      const thread = await this.threads.create(viewerId, {
        title,
        goal: `Work through the roadmap "${title}".`,
        communityId: ctx.roadmap.communityId,
      });
      await this.enrollments.update({ id: enrollment.id }, { threadId: thread.id });
    } catch (error) {
      // The thread could not be opened (membership changed meanwhile): undo the enrollment, so nothing stays written.
      await this.tx.run(async ({ em }) => {
        await em.delete(RoadmapEnrollmentEntity, { id: enrollment.id });
        await moveCount(em, roadmapId, -1);
      });
      throw error;
    }
    return this.enrollments.findOneByOrFail({ id: enrollment.id });
  }

  /** Stops following; the enrollment stays as history (DROPPED), and a new one may start later. Idempotent. */
  async drop(viewerId: string, enrollmentId: string): Promise<RoadmapEnrollmentEntity> {
    await this.own(viewerId, enrollmentId);
    return this.tx.run(async ({ em }) => {
      const enrollment = await lock(em, enrollmentId);
      if (enrollment.status === EnrollmentStatus.DROPPED) return enrollment;
      await em.update(RoadmapEnrollmentEntity, { id: enrollmentId }, { status: EnrollmentStatus.DROPPED, droppedAt: new Date() });
      await moveCount(em, enrollment.roadmapId, -1);
      return em.findOneByOrFail(RoadmapEnrollmentEntity, { id: enrollmentId });
    });
  }

  /**
   * Moves to the latest published version: every step that still exists keeps
   * its status, evidence and verification; new steps start NOT_STARTED; steps
   * the version no longer has are dropped. A no-op when already current.
   */
  async upgrade(viewerId: string, enrollmentId: string): Promise<RoadmapEnrollmentEntity> {
    await this.requireOwn(viewerId, enrollmentId);
    return this.tx.run(async (tx) => {
      const enrollment = await lock(tx.em, enrollmentId);
      if (enrollment.status === EnrollmentStatus.DROPPED) throw enrollmentDropped();
      const [{ version }]: Array<{ version: number }> = await tx.em.query(`SELECT version FROM roadmap WHERE id = $1`, [
        enrollment.roadmapId,
      ]);
      if (enrollment.version === version) return enrollment;
      await tx.em.query(
        `DELETE FROM step_progress p WHERE p.enrollment_id = $1
            AND NOT EXISTS (SELECT 1 FROM roadmap_version_step s WHERE s.roadmap_id = $2 AND s.version = $3 AND s.step_id = p.step_id)`,
        [enrollmentId, enrollment.roadmapId, version],
      );
      await tx.em.update(RoadmapEnrollmentEntity, { id: enrollmentId }, { version });
      await this.completion.settle(tx, enrollmentId);
      return tx.em.findOneByOrFail(RoadmapEnrollmentEntity, { id: enrollmentId });
    });
  }

  /**
   * The viewer's own enrollment in a roadmap they can still see (NOT_FOUND otherwise), for progress, upgrades and
   * sharing: a member banned from the roadmap's community is refused (BANNED), since completing posts a MILESTONE in
   * their thread there. Dropping stays open to them.
   */
  async requireOwn(viewerId: string, enrollmentId: string): Promise<RoadmapEnrollmentEntity> {
    const { enrollment, standing } = await this.own(viewerId, enrollmentId);
    if (isBanned(standing)) throw roadmapsError(RoadmapsErrorCode.BANNED, 'You are banned from this community', 'enrollmentId');
    return enrollment;
  }

  /** Anyone's enrollment, when the viewer may see its roadmap (a room shows its mentor nothing more than that). */
  async findVisible(viewerId: string, enrollmentId: string): Promise<RoadmapEnrollmentEntity | null> {
    const enrollment = await this.enrollments.findOneBy({ id: enrollmentId });
    return enrollment && (await this.access.findVisible(viewerId, enrollment.roadmapId)) ? enrollment : null;
  }

  findByIds(ids: readonly string[]): Promise<RoadmapEnrollmentEntity[]> {
    return ids.length === 0 ? Promise.resolve([]) : this.enrollments.findBy({ id: In([...ids]) });
  }

  private async own(viewerId: string, enrollmentId: string): Promise<{ enrollment: RoadmapEnrollmentEntity; standing: Standing }> {
    const enrollment = await this.enrollments.findOneBy({ id: enrollmentId });
    const ctx = enrollment?.userId === viewerId ? await this.access.context(viewerId, enrollment.roadmapId) : null;
    if (!enrollment || !ctx || !canSeeRoadmap({ visibility: ctx.visibility, version: ctx.roadmap.version }, ctx.standing)) {
      throw enrollmentNotFound();
    }
    return { enrollment, standing: ctx.standing };
  }

  private async insert(viewerId: string, roadmapId: string): Promise<RoadmapEnrollmentEntity> {
    try {
      return await this.tx.run(async ({ em }) => {
        const roadmap = await em.query(`SELECT version, status FROM roadmap WHERE id = $1 FOR NO KEY UPDATE`, [roadmapId]);
        if (roadmap[0].status !== RoadmapStatus.PUBLISHED) throw notEnrollable(roadmap[0].status);
        const row = await em.save(em.create(RoadmapEnrollmentEntity, { roadmapId, userId: viewerId, version: roadmap[0].version }));
        await moveCount(em, roadmapId, 1);
        return row;
      });
    } catch (error) {
      if (isUniqueViolation(error, 'uq_roadmap_enrollment_live')) {
        throw roadmapsError(RoadmapsErrorCode.ALREADY_ENROLLED, 'You already follow this roadmap', 'roadmapId');
      }
      throw error;
    }
  }
}

function assertEnrollable({ roadmap, standing }: RoadmapContext): void {
  if (roadmap.status !== RoadmapStatus.PUBLISHED) throw notEnrollable(roadmap.status);
  if (standing?.status === MembershipStatus.BANNED) throw roadmapsError(RoadmapsErrorCode.BANNED, 'You are banned from this community');
}

const notEnrollable = (status: RoadmapStatus) =>
  roadmapsError(
    RoadmapsErrorCode.NOT_ENROLLABLE,
    status === RoadmapStatus.ARCHIVED ? 'This roadmap is archived: it takes no new enrollments' : 'This roadmap is not published yet',
    'roadmapId',
  );

const lock = (em: EntityManager, id: string) =>
  em.findOneOrFail(RoadmapEnrollmentEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });

async function moveCount(em: EntityManager, roadmapId: string, delta: 1 | -1): Promise<void> {
  await em.query(`UPDATE roadmap SET enrollment_count = enrollment_count + $2::int WHERE id = $1`, [roadmapId, delta]);
}
