import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Loaders } from '../graphql/context/viewer.decorator';
import { RequestLoaders } from '../graphql/context/request-loaders';
import { User } from '../users/user.object';
import { MentorProfile } from './mentor-profile.object';
import { MentorshipLoaders } from './mentorship.loaders';

/** User.mentorProfile: public, null for members who never offered to mentor. */
@Resolver(() => User)
export class UserMentorProfileResolver {
  constructor(private readonly loaders: MentorshipLoaders) {}

  @ResolveField(() => MentorProfile, { nullable: true })
  async mentorProfile(@Parent() user: User, @Loaders() loaders: RequestLoaders): Promise<MentorProfile | null> {
    const profile = await loaders.for(this.loaders).profileByUserId.load(user.id);
    return profile && MentorProfile.from(profile);
  }
}
