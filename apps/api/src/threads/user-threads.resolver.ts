import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ThreadsService } from '@kindling/threads';
import { OptionalViewer } from '../graphql/context/viewer.decorator';
import type { Viewer } from '../graphql/context/viewer';
import { ConnectionArgs } from '../graphql/pagination/connection.args';
import { Connection } from '../graphql/pagination/connection.types';
import { User } from '../users/user.object';
import { GrowthThreadConnection } from './thread-connection';
import { listThreads } from './list-threads';
import { GrowthThread } from './thread.object';

@Resolver(() => User)
export class UserThreadsResolver {
  constructor(private readonly threadsService: ThreadsService) {}

  @ResolveField(() => GrowthThreadConnection)
  threads(@Parent() user: User, @Args() args: ConnectionArgs, @OptionalViewer() viewer: Viewer | null): Promise<Connection<GrowthThread>> {
    return listThreads(this.threadsService, viewer, { authorId: user.id }, args);
  }
}
