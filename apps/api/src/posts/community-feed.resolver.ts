import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { PostsService } from '@kindling/posts';
import { OptionalViewer } from '../graphql/context/viewer.decorator';
import type { Viewer } from '../graphql/context/viewer';
import { ConnectionArgs } from '../graphql/pagination/connection.args';
import { Connection, toConnection } from '../graphql/pagination/connection.types';
import { decodeCursor, encodeCursor } from '../graphql/pagination/cursor';
import { Community } from '../communities/community.object';
import { PostConnection } from './post-connection';
import { Post } from './post.object';

@Resolver(() => Community)
export class CommunityFeedResolver {
  constructor(private readonly posts: PostsService) {}

  @ResolveField(() => PostConnection, { description: "Posts of the community's threads, newest first." })
  async feed(
    @Parent() community: Community,
    @Args() args: ConnectionArgs,
    @OptionalViewer() viewer: Viewer | null,
  ): Promise<Connection<Post>> {
    const after = args.after ? decodeCursor(args.after, 1)[0] : undefined;
    const page = await this.posts.list(viewer?.userId ?? null, { communityId: community.id, feed: true }, { first: args.first, after });
    return toConnection(
      page,
      (p) => encodeCursor([p.id]),
      (p) => Post.from(p),
    );
  }
}
