import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Loaders } from '../graphql/context/viewer.decorator';
import { RequestLoaders } from '../graphql/context/request-loaders';
import { RoadmapEnrollment } from '../roadmaps/roadmap-enrollment.object';
import { RoadmapViews } from '../roadmaps/roadmap-views';
import { MentorshipLoaders } from './mentorship.loaders';
import { MentorshipRoom } from './mentorship-room.object';

/** MentorshipRoom.enrollment: the mentee's shared enrollment, readable by both participants through the room. */
@Resolver(() => MentorshipRoom)
export class MentorshipRoomEnrollmentResolver {
  constructor(
    private readonly mentorshipLoaders: MentorshipLoaders,
    private readonly roadmapViews: RoadmapViews,
  ) {}

  /**
   * Shown only to a participant who may see the roadmap on their own: the room exposes nothing of a private
   * community's roadmap (steps, resources, community) to an outsider or a banned member, whichever side they are on.
   */
  @ResolveField(() => RoadmapEnrollment, { nullable: true, description: "The mentee's roadmap enrollment shared into the room, if any." })
  async enrollment(@Parent() room: MentorshipRoom, @Loaders() loaders: RequestLoaders): Promise<RoadmapEnrollment | null> {
    const enrollment = room.enrollmentId ? await loaders.for(this.mentorshipLoaders).enrollmentById.load(room.enrollmentId) : null;
    // Enrollments never change owner; the check keeps a stale share from showing anyone else's.
    if (!enrollment || enrollment.userId !== room.menteeId) return null;
    return (await this.roadmapViews.visible(loaders, enrollment.roadmapId)) ? RoadmapEnrollment.from(enrollment) : null;
  }
}
