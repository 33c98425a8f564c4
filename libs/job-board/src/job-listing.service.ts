import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { toPrefixQuery } from '@kindling/communities';
import { normalizeTags, Page, PageRequest, toPage } from '@kindling/core';
import { Clock } from './clock';
import { EmploymentType, JobStatus } from './job-board.enums';
import { JobPostingEntity } from './job-posting.entity';
import { jobSearchVectorSql, jobStatusSql } from './job-posting.sql';
import { effectiveStatus } from './job-rules';
import { JobVisibility } from './job-visibility';

export interface JobListFilter {
  /** Words matched as prefixes against title, company and description. */
  query?: string | null;
  /** Jobs that list at least one of these. */
  skills?: readonly string[] | null;
  remote?: boolean | null;
  communityId?: string | null;
  employmentType?: EmploymentType | null;
  /** OPEN unless given. */
  status?: JobStatus | null;
}

const EMPTY: Page<JobPostingEntity> = { items: [], hasNextPage: false };

/** The read side: every job it returns is visible to the viewer and carries the status readers see. */
@Injectable()
export class JobListingService {
  constructor(
    @InjectRepository(JobPostingEntity) private readonly jobs: Repository<JobPostingEntity>,
    private readonly visibility: JobVisibility,
    private readonly clock: Clock,
  ) {}

  /** The job when the viewer may see it; null otherwise (existence never leaks). */
  async findVisible(viewerId: string | null, jobId: string): Promise<JobPostingEntity | null> {
    const job = await this.jobs.findOneBy({ id: jobId });
    return job && (await this.visibility.canSee(viewerId, job)) ? this.settle(job) : null;
  }

  /** The ones among `ids` the viewer may see, in one query (for loaders). */
  async findVisibleByIds(viewerId: string | null, ids: readonly string[]): Promise<JobPostingEntity[]> {
    if (ids.length === 0) return [];
    const rows = await this.jobs
      .createQueryBuilder('j')
      .where('j.id = ANY(:ids::bigint[])', { ids: [...ids] })
      .andWhere(this.visibility.sql('j', viewerId === null ? null : ':viewerId'), { viewerId })
      .getMany();
    return this.settleAll(rows);
  }

  /** Raw rows by id, with no visibility check: for the worker. */
  async findByIds(ids: readonly string[]): Promise<JobPostingEntity[]> {
    return ids.length === 0 ? [] : this.settleAll(await this.jobs.findBy({ id: In([...ids]) }));
  }

  /** Newest first; OPEN jobs unless the filter asks for another status; only those the viewer may see. */
  async list(viewerId: string | null, filter: JobListFilter, { first, after }: PageRequest<string>): Promise<Page<JobPostingEntity>> {
    const now = this.clock.now();
    const builder = this.jobs
      .createQueryBuilder('j')
      .where(jobStatusSql('j', filter.status ?? JobStatus.OPEN, ':now'), { now })
      .andWhere(this.visibility.sql('j', viewerId === null ? null : ':viewerId'), { viewerId })
      .orderBy('j.id', 'DESC')
      .take(first + 1);
    if (filter.query) {
      const tsquery = toPrefixQuery(filter.query);
      if (!tsquery) return EMPTY;
      builder.andWhere(`${jobSearchVectorSql('j')} @@ to_tsquery('simple', :tsquery)`, { tsquery });
    }
    const skills = normalizeTags(filter.skills ?? []);
    if (skills.length > 0) builder.andWhere('j.skills && :skills::text[]', { skills });
    if (typeof filter.remote === 'boolean') builder.andWhere('j.remote = :remote', { remote: filter.remote });
    if (filter.communityId) builder.andWhere('j.community_id = :communityId', { communityId: filter.communityId });
    if (filter.employmentType) builder.andWhere('j.employment_type = :employmentType', { employmentType: filter.employmentType });
    if (after) builder.andWhere('j.id < :after', { after });
    return toPage(this.settleAll(await builder.getMany(), now), first);
  }

  /**
   * Open jobs the viewer may see that match `memberSkills` (isJobMatch: two
   * shared skills, or the one a job lists), the viewer's own left out; most
   * shared skills first, then newest. Keyset on (shared, id).
   */
  async matchingFor(
    viewerId: string,
    memberSkills: readonly string[],
    { first, after }: PageRequest<{ shared: number; id: string }>,
  ): Promise<Page<JobPostingEntity & { shared: number }>> {
    const skills = normalizeTags(memberSkills);
    if (skills.length === 0) return { items: [], hasNextPage: false };
    const now = this.clock.now();
    const shared = `cardinality(ARRAY(SELECT unnest(j.skills) INTERSECT SELECT unnest(:skills::text[])))`;
    const builder = this.jobs
      .createQueryBuilder('j')
      .addSelect(shared, 'shared')
      .where(jobStatusSql('j', JobStatus.OPEN, ':now'), { now, skills })
      .andWhere(this.visibility.sql('j', ':viewerId'), { viewerId })
      .andWhere('j.posted_by_id <> :viewerId')
      .andWhere('j.skills && :skills::text[]')
      .andWhere(`${shared} >= least(2, cardinality(j.skills))`)
      .orderBy(shared, 'DESC')
      .addOrderBy('j.id', 'DESC')
      .limit(first + 1);
    if (after)
      builder.andWhere(`(${shared}, j.id) < (:afterShared::int, :afterId::bigint)`, { afterShared: after.shared, afterId: after.id });
    const { entities, raw } = await builder.getRawAndEntities<{ shared: number }>();
    const items = this.settleAll(entities, now).map((job, i) => Object.assign(job, { shared: Number(raw[i].shared) }));
    return toPage(items, first);
  }

  /** The status readers see: an OPEN job past its expiry reads as EXPIRED before the sweep stores it. */
  settle(job: JobPostingEntity, now: Date = this.clock.now()): JobPostingEntity {
    job.status = effectiveStatus(job, now);
    return job;
  }

  private settleAll(jobs: JobPostingEntity[], now: Date = this.clock.now()): JobPostingEntity[] {
    return jobs.map((job) => this.settle(job, now));
  }
}
