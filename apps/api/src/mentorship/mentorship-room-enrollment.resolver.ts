import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Loaders } from '../graphql/context/viewer.decorator';
import { RequestLoaders } from '../graphql/context/request-loaders';
import { RoadmapEnrollment } from '../roadmaps/roadmap-enrollment.object';
import { MentorshipLoaders } from './mentorship.loaders';
import { MentorshipRoom } from './mentorship-room.object';

/** MentorshipRoom.enrollment: the mentee's shared enrollment, readable by both participants through the room. */
@Resolver(() => MentorshipRoom)
export class MentorshipRoomEnrollmentResolver {
  constructor(private readonly mentorshipLoaders: MentorshipLoaders) {}

  @ResolveField(() => RoadmapEnrollment, { nullable: true, description: "The mentee's roadmap enrollment shared into the room, if any." })
  async enrollment(@Parent() room: MentorshipRoom, @Loaders() loaders: RequestLoaders): Promise<RoadmapEnrollment | null> {
    const enrollment = room.enrollmentId ? await loaders.for(this.mentorshipLoaders).enrollmentById.load(room.enrollmentId) : null;
    // Enrollments never change owner; the check keeps a stale share from showing anyone else's.
    return enrollment && enrollment.userId === room.menteeId ? RoadmapEnrollment.from(enrollment) : null;
  }
}
