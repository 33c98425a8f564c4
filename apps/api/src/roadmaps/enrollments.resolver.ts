import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { EnrollmentQueries, EnrollmentsService, StepProgressService } from '@kindling/roadmaps';
import { CurrentViewer } from '../graphql/context/viewer.decorator';
import type { Viewer } from '../graphql/context/viewer';
import { Connection, toConnection } from '../graphql/pagination/connection.types';
import { decodeCursor, encodeCursor } from '../graphql/pagination/cursor';
import { IdPipe } from '../graphql/validation/id.pipe';
import { MyEnrollmentsArgs } from './my-enrollments.args';
import { RoadmapEnrollmentConnection } from './roadmap-connections';
import { RoadmapEnrollment } from './roadmap-enrollment.object';
import { StepProgressInput } from './step-progress.input';
import { StepProgress } from './step-progress.object';

@Resolver(() => RoadmapEnrollment)
export class EnrollmentsResolver {
  constructor(
    private readonly enrollments: EnrollmentsService,
    private readonly queries: EnrollmentQueries,
    private readonly progress: StepProgressService,
  ) {}

  @Query(() => RoadmapEnrollmentConnection, { description: "The viewer's enrollments, newest first." })
  async myEnrollments(@CurrentViewer() viewer: Viewer, @Args() args: MyEnrollmentsArgs): Promise<Connection<RoadmapEnrollment>> {
    const after = args.after ? decodeCursor(args.after, 1)[0] : undefined;
    const page = await this.queries.listOwn(viewer.userId, args.status, { first: args.first, after });
    return toConnection(
      page,
      (e) => encodeCursor([e.id]),
      (e) => RoadmapEnrollment.from(e),
    );
  }

  @Mutation(() => RoadmapEnrollment, {
    description:
      "Creates a documenting growth thread unless createThread is false. The thread lives in the roadmap's community, " +
      'so with createThread the viewer must be an active member there (FORBIDDEN otherwise; nothing is written).',
  })
  async enrollInRoadmap(
    @CurrentViewer() viewer: Viewer,
    @Args('roadmapId', { type: () => ID }, IdPipe) roadmapId: string,
    @Args('createThread', { type: () => Boolean, nullable: true, defaultValue: true }) createThread: boolean | null,
  ): Promise<RoadmapEnrollment> {
    return RoadmapEnrollment.from(await this.enrollments.enroll(viewer.userId, roadmapId, createThread ?? true));
  }

  @Mutation(() => StepProgress)
  async updateStepProgress(@CurrentViewer() viewer: Viewer, @Args('input') input: StepProgressInput): Promise<StepProgress> {
    return StepProgress.from(await this.progress.update(viewer.userId, input));
  }

  @Mutation(() => RoadmapEnrollment, { description: 'Moves to the latest version, keeping progress on every step that still exists.' })
  async upgradeEnrollment(
    @CurrentViewer() viewer: Viewer,
    @Args('enrollmentId', { type: () => ID }, IdPipe) enrollmentId: string,
  ): Promise<RoadmapEnrollment> {
    return RoadmapEnrollment.from(await this.enrollments.upgrade(viewer.userId, enrollmentId));
  }

  @Mutation(() => RoadmapEnrollment)
  async dropEnrollment(
    @CurrentViewer() viewer: Viewer,
    @Args('enrollmentId', { type: () => ID }, IdPipe) enrollmentId: string,
  ): Promise<RoadmapEnrollment> {
    return RoadmapEnrollment.from(await this.enrollments.drop(viewer.userId, enrollmentId));
  }
}
