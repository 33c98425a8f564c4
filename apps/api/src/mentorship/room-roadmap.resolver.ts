import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { RoomRoadmapService } from '@kindling/mentorship';
import { CurrentViewer } from '../graphql/context/viewer.decorator';
import type { Viewer } from '../graphql/context/viewer';
import { IdPipe } from '../graphql/validation/id.pipe';
import { StepProgress } from '../roadmaps/step-progress.object';
import { MentorshipRoom } from './mentorship-room.object';

@Resolver(() => MentorshipRoom)
export class RoomRoadmapResolver {
  constructor(private readonly roadmap: RoomRoadmapService) {}

  @Mutation(() => MentorshipRoom, {
    description: 'The mentee shares one of their enrollments; the mentor then sees its progress and may verify steps.',
  })
  async shareEnrollmentWithRoom(
    @CurrentViewer() viewer: Viewer,
    @Args('roomId', { type: () => ID }, IdPipe) roomId: string,
    @Args('enrollmentId', { type: () => ID }, IdPipe) enrollmentId: string,
  ): Promise<MentorshipRoom> {
    return MentorshipRoom.from(await this.roadmap.shareEnrollment(viewer.userId, roomId, enrollmentId));
  }

  @Mutation(() => StepProgress, { description: "The room's mentor confirms a DONE step of the shared enrollment." })
  async verifyStep(
    @CurrentViewer() viewer: Viewer,
    @Args('roomId', { type: () => ID }, IdPipe) roomId: string,
    @Args('stepId', { type: () => ID }, IdPipe) stepId: string,
  ): Promise<StepProgress> {
    return StepProgress.from(await this.roadmap.verifyStep(viewer.userId, roomId, stepId));
  }
}
