import { Injectable } from '@nestjs/common';
import { Standing } from '@kindling/communities';
import { canAuthor, canSeeRoadmap, RoadmapEntity, StepView } from '@kindling/roadmaps';
import { RequestLoaders } from '../graphql/context/request-loaders';
import { CommunityLoaders } from '../communities/community.loaders';
import { RoadmapLoaders } from './roadmap.loaders';

/** A roadmap as something the viewer reached; what decides what they see of it. */
export interface RoadmapRef {
  id: string;
  communityId: string;
  version: number;
}

/**
 * The roadmap policy applied through the request's loaders, so lists and
 * nested fields decide visibility and draft-vs-published in batches.
 */
@Injectable()
export class RoadmapViews {
  constructor(
    private readonly roadmapLoaders: RoadmapLoaders,
    private readonly communityLoaders: CommunityLoaders,
  ) {}

  standing(loaders: RequestLoaders, communityId: string): Promise<Standing> {
    return loaders.for(this.communityLoaders).viewerMembership.load(communityId);
  }

  async moderates(loaders: RequestLoaders, roadmap: RoadmapRef): Promise<boolean> {
    return canAuthor(await this.standing(loaders, roadmap.communityId));
  }

  async canSee(loaders: RequestLoaders, roadmap: RoadmapRef): Promise<boolean> {
    const [community, standing] = await Promise.all([
      loaders.for(this.communityLoaders).byId.load(roadmap.communityId),
      this.standing(loaders, roadmap.communityId),
    ]);
    return community !== null && canSeeRoadmap({ visibility: community.visibility, version: roadmap.version }, standing);
  }

  /** The roadmap by id when the viewer may see it. */
  async visible(loaders: RequestLoaders, roadmapId: string): Promise<RoadmapEntity | null> {
    const roadmap = await loaders.for(this.roadmapLoaders).byId.load(roadmapId);
    return roadmap && (await this.canSee(loaders, roadmap)) ? roadmap : null;
  }

  /** Moderators see the working draft; everyone else the latest published version. */
  async steps(loaders: RequestLoaders, roadmap: RoadmapRef): Promise<StepView[]> {
    const set = loaders.for(this.roadmapLoaders);
    if (await this.moderates(loaders, roadmap)) return set.draftSteps.load(roadmap.id);
    return roadmap.version > 0 ? set.versionSteps.load({ roadmapId: roadmap.id, version: roadmap.version }) : [];
  }

  /** The steps of one version (0: the draft). */
  stepsOf(loaders: RequestLoaders, roadmapId: string, version: number): Promise<StepView[]> {
    const set = loaders.for(this.roadmapLoaders);
    return version === 0 ? set.draftSteps.load(roadmapId) : set.versionSteps.load({ roadmapId, version });
  }
}
