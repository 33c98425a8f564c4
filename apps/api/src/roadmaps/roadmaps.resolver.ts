import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { RoadmapPublishingService, RoadmapsService } from '@kindling/roadmaps';
import { CurrentViewer, OptionalViewer } from '../graphql/context/viewer.decorator';
import type { Viewer } from '../graphql/context/viewer';
import { Connection, toConnection } from '../graphql/pagination/connection.types';
import { decodeCursor, encodeCursor } from '../graphql/pagination/cursor';
import { IdPipe } from '../graphql/validation/id.pipe';
import { CreateRoadmapInput } from './create-roadmap.input';
import { RoadmapConnection } from './roadmap-connections';
import { Roadmap } from './roadmap.object';
import { RoadmapsArgs } from './roadmaps.args';
import { UpdateRoadmapInput } from './update-roadmap.input';
import { WriteLimit } from '../graphql/rate-limits/write-limit.decorator';

@Resolver(() => Roadmap)
export class RoadmapsResolver {
  constructor(
    private readonly roadmapsService: RoadmapsService,
    private readonly publishing: RoadmapPublishingService,
  ) {}

  @Query(() => Roadmap, { nullable: true })
  async roadmap(@OptionalViewer() viewer: Viewer | null, @Args('id', { type: () => ID }) id: string): Promise<Roadmap | null> {
    const roadmap = await this.roadmapsService.findVisible(viewer?.userId ?? null, id);
    return roadmap && Roadmap.from(roadmap);
  }

  @Query(() => RoadmapConnection, {
    description: 'Published roadmaps the viewer may see, newest first; optionally of one community and matching words.',
  })
  async roadmaps(@OptionalViewer() viewer: Viewer | null, @Args() args: RoadmapsArgs): Promise<Connection<Roadmap>> {
    const after = args.after ? decodeCursor(args.after, 1)[0] : undefined;
    const page = await this.roadmapsService.listPublished(viewer?.userId ?? null, args, { first: args.first, after });
    return toConnection(
      page,
      (r) => encodeCursor([r.id]),
      (r) => Roadmap.from(r),
    );
  }

  @Mutation(() => Roadmap)
  async createRoadmap(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateRoadmapInput): Promise<Roadmap> {
    return Roadmap.from(await this.roadmapsService.create(viewer.userId, input));
  }

  @Mutation(() => Roadmap)
  async updateRoadmap(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }, IdPipe) id: string,
    @Args('input') input: UpdateRoadmapInput,
  ): Promise<Roadmap> {
    return Roadmap.from(await this.roadmapsService.update(viewer.userId, id, input));
  }

  @Mutation(() => Roadmap, { description: 'Snapshots the draft as a new version; members are notified.' })
  @WriteLimit('roadmapPublications')
  async publishRoadmap(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }, IdPipe) id: string): Promise<Roadmap> {
    return Roadmap.from(await this.publishing.publish(viewer.userId, id));
  }

  @Mutation(() => Roadmap, { description: 'Stops new enrollments; existing ones go on.' })
  async archiveRoadmap(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }, IdPipe) id: string): Promise<Roadmap> {
    return Roadmap.from(await this.publishing.archive(viewer.userId, id));
  }
}
