import { Args, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { PostsService } from '@kindling/posts';
import { Loaders, OptionalViewer } from '../graphql/context/viewer.decorator';
import { RequestLoaders } from '../graphql/context/request-loaders';
import type { Viewer } from '../graphql/context/viewer';
import { ConnectionArgs } from '../graphql/pagination/connection.args';
import { Connection, toConnection } from '../graphql/pagination/connection.types';
import { decodeCursor, encodeCursor } from '../graphql/pagination/cursor';
import { CommunityLoaders } from '../communities/community.loaders';
import { Community } from '../communities/community.object';
import { PostConnection } from '../posts/post-connection';
import { Post } from '../posts/post.object';
import { User } from '../users/user.object';
import { UserLoaders } from '../users/user.loaders';
import { ThreadLoaders } from './thread.loaders';
import { GrowthThread } from './thread.object';

@Resolver(() => GrowthThread)
export class ThreadFieldsResolver {
  constructor(
    private readonly postsService: PostsService,
    private readonly threadLoaders: ThreadLoaders,
    private readonly userLoaders: UserLoaders,
    private readonly communityLoaders: CommunityLoaders,
  ) {}

  @ResolveField(() => User)
  author(@Parent() thread: GrowthThread, @Loaders() loaders: RequestLoaders): Promise<User | null> {
    return this.userLoaders.loadUser(loaders, thread.authorId);
  }

  @ResolveField(() => Community, {
    nullable: true,
    description: "A thread in a private community is visible to that community's active members only.",
  })
  async community(@Parent() thread: GrowthThread, @Loaders() loaders: RequestLoaders): Promise<Community | null> {
    const community = thread.communityId ? await loaders.for(this.communityLoaders).byId.load(thread.communityId) : null;
    return community && Community.from(community);
  }

  @ResolveField(() => Int, { description: "Consecutive days with a post, ending today or yesterday in the author's time zone." })
  async currentStreak(@Parent() thread: GrowthThread, @Loaders() loaders: RequestLoaders): Promise<number> {
    return (await loaders.for(this.threadLoaders).streaks.load(thread)).current;
  }

  @ResolveField(() => Int)
  async longestStreak(@Parent() thread: GrowthThread, @Loaders() loaders: RequestLoaders): Promise<number> {
    return (await loaders.for(this.threadLoaders).streaks.load(thread)).longest;
  }

  @ResolveField(() => Boolean)
  viewerIsSubscribed(@Parent() thread: GrowthThread, @Loaders() loaders: RequestLoaders): Promise<boolean> {
    return loaders.for(this.threadLoaders).viewerIsSubscribed.load(thread.id);
  }

  @ResolveField(() => PostConnection, { description: 'Newest first.' })
  async posts(
    @Parent() thread: GrowthThread,
    @Args() args: ConnectionArgs,
    @OptionalViewer() viewer: Viewer | null,
  ): Promise<Connection<Post>> {
    const after = args.after ? decodeCursor(args.after, 1)[0] : undefined;
    const page = await this.postsService.list(viewer?.userId ?? null, { threadId: thread.id }, { first: args.first, after });
    return toConnection(
      page,
      (p) => encodeCursor([p.id]),
      (p) => Post.from(p),
    );
  }
}
