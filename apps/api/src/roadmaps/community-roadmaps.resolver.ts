import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { canSeeInside } from '@kindling/communities';
import { canAuthor, RoadmapsService } from '@kindling/roadmaps';
import { Loaders } from '../graphql/context/viewer.decorator';
import { RequestLoaders } from '../graphql/context/request-loaders';
import { Connection, toConnection } from '../graphql/pagination/connection.types';
import { decodeCursor, encodeCursor } from '../graphql/pagination/cursor';
import { Community } from '../communities/community.object';
import { CommunityRoadmapsArgs } from './community-roadmaps.args';
import { RoadmapConnection } from './roadmap-connections';
import { Roadmap } from './roadmap.object';
import { RoadmapViews } from './roadmap-views';

@Resolver(() => Community)
export class CommunityRoadmapsResolver {
  constructor(
    private readonly roadmapsService: RoadmapsService,
    private readonly views: RoadmapViews,
  ) {}

  /** Newest first. Owners and moderators see drafts too; a private community shows nothing to non-members. */
  @ResolveField(() => RoadmapConnection)
  async roadmaps(
    @Parent() community: Community,
    @Args() args: CommunityRoadmapsArgs,
    @Loaders() loaders: RequestLoaders,
  ): Promise<Connection<Roadmap>> {
    const standing = await this.views.standing(loaders, community.id);
    const after = args.after ? decodeCursor(args.after, 1)[0] : undefined;
    const page = await this.roadmapsService.listForCommunity(
      community.id,
      { canSeeInside: canSeeInside(community.visibility, standing), moderates: canAuthor(standing) },
      args.status,
      { first: args.first, after },
    );
    return toConnection(
      page,
      (r) => encodeCursor([r.id]),
      (r) => Roadmap.from(r),
    );
  }
}
