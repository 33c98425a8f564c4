import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Loaders } from '../graphql/context/viewer.decorator';
import { RequestLoaders } from '../graphql/context/request-loaders';
import { Notification } from '../notifications/notification.object';
import { MentorshipLoaders } from './mentorship.loaders';
import { MentorshipRequest } from './mentorship-request.object';

@Resolver(() => Notification)
export class NotificationMentorshipRequestResolver {
  constructor(private readonly mentorshipLoaders: MentorshipLoaders) {}

  /** The request for its mentee and mentor (the recipient always is one); null otherwise. */
  @ResolveField(() => MentorshipRequest, { nullable: true })
  async mentorshipRequest(@Parent() notification: Notification, @Loaders() loaders: RequestLoaders): Promise<MentorshipRequest | null> {
    const id = notification.mentorshipRequestId;
    const request = id ? await loaders.for(this.mentorshipLoaders).visibleRequest.load(id) : null;
    return request && MentorshipRequest.from(request);
  }
}
