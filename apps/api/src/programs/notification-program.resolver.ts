import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { RequestLoaders } from '../graphql/context/request-loaders';
import { Loaders } from '../graphql/context/viewer.decorator';
import { Notification } from '../notifications/notification.object';
import { MentorshipProgram } from './mentorship-program.object';
import { ProgramLoaders } from './program.loaders';

@Resolver(() => Notification)
export class NotificationProgramResolver {
  constructor(private readonly programLoaders: ProgramLoaders) {}

  /** Null when the program is no longer visible to the recipient. */
  @ResolveField(() => MentorshipProgram, { nullable: true })
  async program(@Parent() notification: Notification, @Loaders() loaders: RequestLoaders): Promise<MentorshipProgram | null> {
    const access = notification.programId ? await loaders.for(this.programLoaders).visibleById.load(notification.programId) : null;
    return access && MentorshipProgram.from(access);
  }
}
