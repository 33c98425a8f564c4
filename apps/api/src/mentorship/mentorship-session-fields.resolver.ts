import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Loaders } from '../graphql/context/viewer.decorator';
import { RequestLoaders } from '../graphql/context/request-loaders';
import { ActionItem } from './action-item.object';
import { MentorshipLoaders } from './mentorship.loaders';
import { MentorshipSession } from './mentorship-session.object';

@Resolver(() => MentorshipSession)
export class MentorshipSessionFieldsResolver {
  constructor(private readonly mentorshipLoaders: MentorshipLoaders) {}

  @ResolveField(() => [ActionItem])
  async actionItems(@Parent() session: MentorshipSession, @Loaders() loaders: RequestLoaders): Promise<ActionItem[]> {
    return (await loaders.for(this.mentorshipLoaders).actionItemsBySession.load(session.id)).map((i) => ActionItem.from(i));
  }
}
