import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { Page, PageRequest, toPage } from '@kindling/core';
import { EnrollmentStatus } from './roadmap.enums';
import { RoadmapEntity } from './roadmap.entity';
import { RoadmapEnrollmentEntity } from './roadmap-enrollment.entity';
import { roadmapVisibleSql } from './roadmap-visibility.sql';
import { StepProgressEntity } from './step-progress.entity';

/** Read side of enrollments, batched for loaders and the worker. */
@Injectable()
export class EnrollmentQueries {
  constructor(private readonly dataSource: DataSource) {}

  private get repo() {
    return this.dataSource.getRepository(RoadmapEnrollmentEntity);
  }

  /** The member's enrollments in roadmaps they can still see, newest first. */
  async listOwn(
    userId: string,
    status: EnrollmentStatus | null | undefined,
    { first, after }: PageRequest<string>,
  ): Promise<Page<RoadmapEnrollmentEntity>> {
    const builder = this.repo
      .createQueryBuilder('e')
      .innerJoin(RoadmapEntity, 'r', 'r.id = e.roadmap_id')
      .where('e.user_id = :userId', { userId })
      .andWhere(roadmapVisibleSql('r', ':userId'))
      .orderBy('e.id', 'DESC')
      .take(first + 1);
    if (status) builder.andWhere('e.status = :status', { status });
    if (after) builder.andWhere('e.id < :after', { after });
    return toPage(await builder.getMany(), first);
  }

  /** Per roadmap: the member's live (ACTIVE or COMPLETED) enrollment, else their latest dropped one. */
  async forMember(userId: string, roadmapIds: readonly string[]): Promise<Map<string, RoadmapEnrollmentEntity>> {
    if (roadmapIds.length === 0) return new Map();
    const rows = await this.repo
      .createQueryBuilder('e')
      .distinctOn(['e.roadmap_id'])
      .where('e.user_id = :userId AND e.roadmap_id = ANY(:roadmapIds::bigint[])', { userId, roadmapIds })
      .orderBy('e.roadmap_id')
      .addOrderBy(`(e.status <> 'DROPPED')`, 'DESC')
      .addOrderBy('e.id', 'DESC')
      .getMany();
    return new Map(rows.map((e) => [e.roadmapId, e]));
  }

  /** The enrollment each thread documents. */
  async byThreads(threadIds: readonly string[]): Promise<Map<string, RoadmapEnrollmentEntity>> {
    const rows = threadIds.length === 0 ? [] : await this.repo.findBy({ threadId: In([...threadIds]) });
    return new Map(rows.map((e) => [e.threadId!, e]));
  }

  async progressRows(enrollmentIds: readonly string[]): Promise<Map<string, StepProgressEntity[]>> {
    const rows =
      enrollmentIds.length === 0
        ? []
        : await this.dataSource.getRepository(StepProgressEntity).findBy({ enrollmentId: In([...enrollmentIds]) });
    const byEnrollment = new Map<string, StepProgressEntity[]>();
    for (const row of rows) byEnrollment.set(row.enrollmentId, [...(byEnrollment.get(row.enrollmentId) ?? []), row]);
    return byEnrollment;
  }

  /** A page of members with a live enrollment pinned below `version`, after `afterUserId` (keyset, for the worker). */
  async memberIdsBehind(roadmapId: string, version: number, afterUserId: string | null, limit: number): Promise<string[]> {
    const rows: Array<{ user_id: string }> = await this.dataSource.query(
      `SELECT e.user_id::text FROM roadmap_enrollment e
        WHERE e.roadmap_id = $1 AND e.status <> 'DROPPED' AND e.version < $2 AND ($3::bigint IS NULL OR e.user_id > $3)
        ORDER BY e.user_id LIMIT $4`,
      [roadmapId, version, afterUserId, limit],
    );
    return rows.map((r) => r.user_id);
  }
}
