import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Loaders } from '../graphql/context/viewer.decorator';
import { RequestLoaders } from '../graphql/context/request-loaders';
import { User } from '../users/user.object';
import { UserLoaders } from '../users/user.loaders';
import { MentorshipLoaders } from './mentorship.loaders';
import { MentorshipRequest } from './mentorship-request.object';
import { MentorshipRoom } from './mentorship-room.object';

/** Fields of a request its mentee or mentor already may see. */
@Resolver(() => MentorshipRequest)
export class MentorshipRequestFieldsResolver {
  constructor(
    private readonly userLoaders: UserLoaders,
    private readonly mentorshipLoaders: MentorshipLoaders,
  ) {}

  @ResolveField(() => User)
  mentee(@Parent() request: MentorshipRequest, @Loaders() loaders: RequestLoaders): Promise<User | null> {
    return this.userLoaders.loadUser(loaders, request.menteeId);
  }

  @ResolveField(() => User)
  mentor(@Parent() request: MentorshipRequest, @Loaders() loaders: RequestLoaders): Promise<User | null> {
    return this.userLoaders.loadUser(loaders, request.mentorId);
  }

  @ResolveField(() => MentorshipRoom, { nullable: true, description: 'The room opened when the request was accepted.' })
  async room(@Parent() request: MentorshipRequest, @Loaders() loaders: RequestLoaders): Promise<MentorshipRoom | null> {
    const room = request.roomId ? await loaders.for(this.mentorshipLoaders).visibleRoom.load(request.roomId) : null;
    return room && MentorshipRoom.from(room);
  }
}
