import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CommunitiesService, CommunityVisibility, MembershipsService, Standing } from '@kindling/communities';
import { canAuthor, canSeeRoadmap } from './roadmap-policy';
import { RoadmapEntity } from './roadmap.entity';
import { RoadmapsErrorCode, roadmapsError } from './roadmaps.exception';

/** A roadmap with what decides the viewer's rights on it. */
export interface RoadmapContext {
  roadmap: RoadmapEntity;
  visibility: CommunityVisibility;
  standing: Standing;
}

export const roadmapNotFound = (field = 'roadmapId') => roadmapsError(RoadmapsErrorCode.ROADMAP_NOT_FOUND, 'No such roadmap', field);

export const notAModerator = () =>
  roadmapsError(RoadmapsErrorCode.NOT_A_MODERATOR, "Only the community's owners and moderators edit its roadmaps");

/**
 * The one place single-roadmap rights are decided: what the viewer may not
 * see is NOT_FOUND (existence never leaks); what they see but may not change
 * is FORBIDDEN.
 */
@Injectable()
export class RoadmapAccess {
  constructor(
    private readonly dataSource: DataSource,
    private readonly communities: CommunitiesService,
    private readonly memberships: MembershipsService,
  ) {}

  /** The roadmap and the viewer's standing in its community; null when there is no such roadmap. */
  async context(viewerId: string | null, roadmapId: string): Promise<RoadmapContext | null> {
    const roadmap = await this.dataSource.getRepository(RoadmapEntity).findOneBy({ id: roadmapId });
    if (!roadmap) return null;
    const [[community], standing] = await Promise.all([
      this.communities.findByIds([roadmap.communityId]),
      this.memberships.standing(roadmap.communityId, viewerId),
    ]);
    return { roadmap, visibility: community.visibility, standing };
  }

  async findVisible(viewerId: string | null, roadmapId: string): Promise<RoadmapEntity | null> {
    const ctx = await this.context(viewerId, roadmapId);
    return ctx && canSeeRoadmap({ visibility: ctx.visibility, version: ctx.roadmap.version }, ctx.standing) ? ctx.roadmap : null;
  }

  async requireVisible(viewerId: string | null, roadmapId: string, field?: string): Promise<RoadmapContext> {
    const ctx = await this.context(viewerId, roadmapId);
    if (!ctx || !canSeeRoadmap({ visibility: ctx.visibility, version: ctx.roadmap.version }, ctx.standing)) throw roadmapNotFound(field);
    return ctx;
  }

  /** For authoring: NOT_FOUND unless visible, FORBIDDEN unless an active owner or moderator of the community. */
  async requireAuthor(viewerId: string, roadmapId: string, field?: string): Promise<RoadmapContext> {
    const ctx = await this.requireVisible(viewerId, roadmapId, field);
    if (!canAuthor(ctx.standing)) throw notAModerator();
    return ctx;
  }

  /** For creating a roadmap: community names are public, so a missing right is FORBIDDEN, a missing community NOT_FOUND. */
  async requireCommunityAuthor(viewerId: string, communityId: string): Promise<void> {
    await this.communities.require(communityId);
    if (!canAuthor(await this.memberships.standing(communityId, viewerId))) throw notAModerator();
  }
}
