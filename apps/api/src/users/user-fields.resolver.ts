import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { OptionalViewer } from '../graphql/context/viewer.decorator';
import type { Viewer } from '../graphql/context/viewer';
import { User } from './user.object';

@Resolver(() => User)
export class UserFieldsResolver {
  @ResolveField(() => String, { nullable: true, description: "The member's own e-mail; null for every other viewer." })
  email(@Parent() user: User, @OptionalViewer() viewer: Viewer | null): string | null {
    return user.shownToOwner || viewer?.userId === user.id ? user.privateEmail : null;
  }
}
