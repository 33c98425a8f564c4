import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Loaders } from '../graphql/context/viewer.decorator';
import { RequestLoaders } from '../graphql/context/request-loaders';
import { Notification } from '../notifications/notification.object';
import { MentorshipLoaders } from './mentorship.loaders';
import { MentorshipRoom } from './mentorship-room.object';

@Resolver(() => Notification)
export class NotificationRoomResolver {
  constructor(private readonly mentorshipLoaders: MentorshipLoaders) {}

  /** The room for its participants (the recipient always is one); null otherwise. */
  @ResolveField(() => MentorshipRoom, { nullable: true })
  async room(@Parent() notification: Notification, @Loaders() loaders: RequestLoaders): Promise<MentorshipRoom | null> {
    const room = notification.roomId ? await loaders.for(this.mentorshipLoaders).visibleRoom.load(notification.roomId) : null;
    return room && MentorshipRoom.from(room);
  }
}
