import { Float, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { enrollmentProgress, progressViews } from '@kindling/roadmaps';
import { ThreadsService } from '@kindling/threads';
import { Loaders, OptionalViewer } from '../graphql/context/viewer.decorator';
import { RequestLoaders } from '../graphql/context/request-loaders';
import type { Viewer } from '../graphql/context/viewer';
import { ThreadLoaders } from '../threads/thread.loaders';
import { GrowthThread } from '../threads/thread.object';
import { User } from '../users/user.object';
import { UserLoaders } from '../users/user.loaders';
import { RoadmapEnrollment } from './roadmap-enrollment.object';
import { RoadmapLoaders } from './roadmap.loaders';
import { Roadmap } from './roadmap.object';
import { RoadmapViews } from './roadmap-views';
import { StepProgress } from './step-progress.object';

@Resolver(() => RoadmapEnrollment)
export class EnrollmentFieldsResolver {
  constructor(
    private readonly views: RoadmapViews,
    private readonly roadmapLoaders: RoadmapLoaders,
    private readonly threadLoaders: ThreadLoaders,
    private readonly userLoaders: UserLoaders,
    private readonly threads: ThreadsService,
  ) {}

  @ResolveField(() => User)
  user(@Parent() enrollment: RoadmapEnrollment, @Loaders() loaders: RequestLoaders): Promise<User | null> {
    return this.userLoaders.loadUser(loaders, enrollment.userId);
  }

  @ResolveField(() => Roadmap)
  async roadmap(@Parent() enrollment: RoadmapEnrollment, @Loaders() loaders: RequestLoaders): Promise<Roadmap | null> {
    const roadmap = await loaders.for(this.roadmapLoaders).byId.load(enrollment.roadmapId);
    return roadmap && Roadmap.from(roadmap);
  }

  @ResolveField(() => Boolean, { description: 'A newer version than `version` is published.' })
  async upgradeAvailable(@Parent() enrollment: RoadmapEnrollment, @Loaders() loaders: RequestLoaders): Promise<boolean> {
    const roadmap = await loaders.for(this.roadmapLoaders).byId.load(enrollment.roadmapId);
    return (roadmap?.version ?? 0) > enrollment.version;
  }

  @ResolveField(() => Float, { description: "Share of the version's steps that are DONE or SKIPPED, 0..1." })
  async progress(@Parent() enrollment: RoadmapEnrollment, @Loaders() loaders: RequestLoaders): Promise<number> {
    const [steps, rows] = await this.load(enrollment, loaders);
    return enrollmentProgress(steps, rows);
  }

  @ResolveField(() => [StepProgress], { description: 'One entry per step of the followed version, in position order.' })
  async steps(@Parent() enrollment: RoadmapEnrollment, @Loaders() loaders: RequestLoaders): Promise<StepProgress[]> {
    const [steps, rows] = await this.load(enrollment, loaders);
    return progressViews(enrollment.id, steps, rows).map((v) => StepProgress.from(v));
  }

  /** The member's own thread; anyone else gets it only when they may see it. */
  @ResolveField(() => GrowthThread, { nullable: true, description: 'The growth thread that documents this enrollment, if any.' })
  async thread(
    @Parent() enrollment: RoadmapEnrollment,
    @OptionalViewer() viewer: Viewer | null,
    @Loaders() loaders: RequestLoaders,
  ): Promise<GrowthThread | null> {
    if (!enrollment.threadId) return null;
    const thread =
      viewer?.userId === enrollment.userId
        ? await loaders.for(this.threadLoaders).byId.load(enrollment.threadId)
        : await this.threads.findVisible(viewer?.userId ?? null, enrollment.threadId);
    return thread && GrowthThread.from(thread);
  }

  private load(enrollment: RoadmapEnrollment, loaders: RequestLoaders) {
    return Promise.all([
      this.views.stepsOf(loaders, enrollment.roadmapId, enrollment.version),
      loaders.for(this.roadmapLoaders).progressRows.load(enrollment.id),
    ]);
  }
}
