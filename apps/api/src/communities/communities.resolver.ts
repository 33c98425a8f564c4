import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CommunitiesService } from '@kindling/communities';
import { CurrentViewer } from '../graphql/context/viewer.decorator';
import type { Viewer } from '../graphql/context/viewer';
import { Connection, ConnectionType, toConnection } from '../graphql/pagination/connection.types';
import { decodeCursor, encodeCursor } from '../graphql/pagination/cursor';
import { IdPipe } from '../graphql/validation/id.pipe';
import { CommunitiesArgs } from './communities.args';
import { Community } from './community.object';
import { CreateCommunityInput } from './create-community.input';
import { UpdateCommunityInput } from './update-community.input';
import { WriteLimit } from '../graphql/rate-limits/write-limit.decorator';

export const CommunityConnection = ConnectionType(Community, 'Community');

@Resolver(() => Community)
export class CommunitiesResolver {
  constructor(private readonly service: CommunitiesService) {}

  @Query(() => Community, { nullable: true })
  async community(@Args('slug') slug: string): Promise<Community | null> {
    const community = slug.length <= 40 ? await this.service.findBySlug(slug) : null;
    return community && Community.from(community);
  }

  @Query(() => CommunityConnection)
  async communities(@Args() args: CommunitiesArgs): Promise<Connection<Community>> {
    const after = args.after ? decodeCursor(args.after, 1)[0] : undefined;
    const page = await this.service.search(args.query, { first: args.first, after });
    return toConnection(
      page,
      (c) => encodeCursor([c.id]),
      (row) => Community.from(row),
    );
  }

  @Mutation(() => Community)
  @WriteLimit('communities')
  async createCommunity(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateCommunityInput): Promise<Community> {
    return Community.from(await this.service.create(viewer.userId, input));
  }

  @Mutation(() => Community)
  async updateCommunity(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }, IdPipe) id: string,
    @Args('input') input: UpdateCommunityInput,
  ): Promise<Community> {
    return Community.from(await this.service.update(viewer.userId, id, input));
  }
}
