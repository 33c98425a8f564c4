import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { Page, PageRequest, toPage } from '@kindling/core';
import { isUniqueViolation } from '@kindling/database';
import { SLUG_PATTERN, toPrefixQuery } from '@kindling/communities';
import { fingerprint } from './draft-fingerprint';
import { RoadmapAccess } from './roadmap-access.service';
import { RoadmapStatus } from './roadmap.enums';
import { RoadmapEntity } from './roadmap.entity';
import { roadmapSearchVectorSql } from './roadmap-search.sql';
import { roadmapVisibleSql } from './roadmap-visibility.sql';
import { RoadmapsErrorCode, roadmapsError } from './roadmaps.exception';

export interface NewRoadmap {
  communityId: string;
  slug: string;
  title: string;
  description?: string | null;
}

export interface RoadmapChanges {
  title?: string;
  description?: string | null;
}

/** Creating, editing and listing roadmaps. Title and description are not versioned: they apply at once. */
@Injectable()
export class RoadmapsService {
  constructor(
    @InjectRepository(RoadmapEntity) private readonly roadmaps: Repository<RoadmapEntity>,
    private readonly access: RoadmapAccess,
  ) {}

  async create(viewerId: string, input: NewRoadmap): Promise<RoadmapEntity> {
    const slug = input.slug.trim().toLowerCase();
    if (!SLUG_PATTERN.test(slug)) {
      throw roadmapsError(RoadmapsErrorCode.INVALID_SLUG, 'slug must be 3 to 40 of a-z, 0-9 and -, not starting or ending with -', 'slug');
    }
    await this.access.requireCommunityAuthor(viewerId, input.communityId);
    try {
      return await this.roadmaps.save(
        this.roadmaps.create({
          communityId: input.communityId,
          authorId: viewerId,
          slug,
          title: input.title.trim(),
          description: input.description?.trim() || null,
          status: RoadmapStatus.DRAFT,
          draftFingerprint: fingerprint([]),
        }),
      );
    } catch (error) {
      if (isUniqueViolation(error, 'uq_roadmap_community_slug')) {
        throw roadmapsError(RoadmapsErrorCode.SLUG_TAKEN, 'The community already has a roadmap with that slug', 'slug');
      }
      throw error;
    }
  }

  async update(viewerId: string, roadmapId: string, changes: RoadmapChanges): Promise<RoadmapEntity> {
    await this.access.requireAuthor(viewerId, roadmapId, 'id');
    const patch: Partial<RoadmapEntity> = {};
    if (changes.title !== undefined) patch.title = changes.title.trim();
    if (changes.description !== undefined) patch.description = changes.description?.trim() || null;
    if (Object.keys(patch).length > 0) await this.roadmaps.update({ id: roadmapId }, patch);
    return this.roadmaps.findOneByOrFail({ id: roadmapId });
  }

  findVisible(viewerId: string | null, roadmapId: string): Promise<RoadmapEntity | null> {
    return this.access.findVisible(viewerId, roadmapId);
  }

  /** Raw rows by id, for loaders of roadmaps reached through something already checked. */
  findByIds(ids: readonly string[]): Promise<RoadmapEntity[]> {
    return ids.length === 0 ? Promise.resolve([]) : this.roadmaps.findBy({ id: In([...ids]) });
  }

  /**
   * One community's roadmaps, newest first. The caller says whether the
   * viewer sees inside the community and moderates it: moderators see every
   * roadmap, other viewers the ones ever published.
   */
  async listForCommunity(
    communityId: string,
    viewer: { canSeeInside: boolean; moderates: boolean },
    status: RoadmapStatus | null | undefined,
    { first, after }: PageRequest<string>,
  ): Promise<Page<RoadmapEntity>> {
    if (!viewer.canSeeInside) return { items: [], hasNextPage: false };
    const builder = this.roadmaps
      .createQueryBuilder('r')
      .where('r.community_id = :communityId', { communityId })
      .orderBy('r.id', 'DESC')
      .take(first + 1);
    if (!viewer.moderates) builder.andWhere('r.version > 0');
    if (status) builder.andWhere('r.status = :status', { status });
    if (after) builder.andWhere('r.id < :after', { after });
    return toPage(await builder.getMany(), first);
  }

  /** PUBLISHED roadmaps the viewer may see (optionally of one community, optionally matching words), newest first. */
  async listPublished(
    viewerId: string | null,
    filter: { communityId?: string | null; query?: string | null },
    { first, after }: PageRequest<string>,
  ): Promise<Page<RoadmapEntity>> {
    const tsquery = filter.query ? toPrefixQuery(filter.query) : null;
    if (filter.query && !tsquery) return { items: [], hasNextPage: false };
    const builder = this.roadmaps
      .createQueryBuilder('r')
      .where('r.status = :published', { published: RoadmapStatus.PUBLISHED })
      .andWhere(roadmapVisibleSql('r', viewerId === null ? null : ':viewerId'), { viewerId })
      .orderBy('r.id', 'DESC')
      .take(first + 1);
    if (filter.communityId) builder.andWhere('r.community_id = :communityId', { communityId: filter.communityId });
    if (tsquery) builder.andWhere(`${roadmapSearchVectorSql('r')} @@ to_tsquery('simple', :tsquery)`, { tsquery });
    if (after) builder.andWhere('r.id < :after', { after });
    return toPage(await builder.getMany(), first);
  }
}
