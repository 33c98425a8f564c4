import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Loaders } from '../graphql/context/viewer.decorator';
import { RequestLoaders } from '../graphql/context/request-loaders';
import { GrowthThread } from '../threads/thread.object';
import { RoadmapEnrollment } from './roadmap-enrollment.object';
import { RoadmapLoaders } from './roadmap.loaders';
import { RoadmapViews } from './roadmap-views';

@Resolver(() => GrowthThread)
export class ThreadEnrollmentResolver {
  constructor(
    private readonly roadmapLoaders: RoadmapLoaders,
    private readonly views: RoadmapViews,
  ) {}

  /** The thread is visible already; its enrollment shows when the viewer may also see the roadmap. */
  @ResolveField(() => RoadmapEnrollment, { nullable: true, description: 'The roadmap enrollment this thread documents, if any.' })
  async enrollment(@Parent() thread: GrowthThread, @Loaders() loaders: RequestLoaders): Promise<RoadmapEnrollment | null> {
    const enrollment = await loaders.for(this.roadmapLoaders).enrollmentByThread.load(thread.id);
    if (!enrollment || !(await this.views.visible(loaders, enrollment.roadmapId))) return null;
    return RoadmapEnrollment.from(enrollment);
  }
}
