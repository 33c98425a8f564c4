import { Args, Context, Query, Resolver, Subscription } from '@nestjs/graphql';
import { FeedReader } from '@kindling/feed';
import { PostEntity, PostsService } from '@kindling/posts';
import { PubSubService, Topics } from '@kindling/realtime';
import type { GraphQLContext } from '../graphql/context/graphql-context';
import { RequestLoaders } from '../graphql/context/request-loaders';
import { CurrentViewer, Loaders } from '../graphql/context/viewer.decorator';
import type { Viewer } from '../graphql/context/viewer';
import { ConnectionArgs } from '../graphql/pagination/connection.args';
import { Connection, toConnection } from '../graphql/pagination/connection.types';
import { decodeCursor, encodeCursor } from '../graphql/pagination/cursor';
import { LiveStream } from '../realtime/live-stream';
import { PostConnection } from '../posts/post-connection';
import { Post } from '../posts/post.object';
import { ThreadLoaders } from '../threads/thread.loaders';
import { UserLoaders } from '../users/user.loaders';

const passThrough = <T>(value: T) => value;

@Resolver(() => Post)
export class HomeFeedResolver {
  constructor(
    private readonly feed: FeedReader,
    private readonly posts: PostsService,
    private readonly pubsub: PubSubService,
    private readonly live: LiveStream,
    private readonly userLoaders: UserLoaders,
    private readonly threadLoaders: ThreadLoaders,
  ) {}

  @Query(() => PostConnection, { description: 'Posts of followed members and subscribed threads, newest first; built by fan-out.' })
  async homeFeed(
    @CurrentViewer() viewer: Viewer,
    @Args() args: ConnectionArgs,
    @Loaders() loaders: RequestLoaders,
  ): Promise<Connection<Post>> {
    const after = args.after ? decodeCursor(args.after, 1)[0] : null;
    const page = await this.feed.page(viewer.userId, args.first, after);
    this.prime(loaders, page.items);
    const connection = toConnection(
      page,
      (p) => encodeCursor([p.id]),
      (p) => Post.from(p),
    );
    // When entries were filtered out at the end of the window, the next page starts past them, not at the last edge.
    connection.pageInfo.endCursor = page.endCursor === null ? null : encodeCursor([page.endCursor]);
    return connection;
  }

  /** Each post is authorized again as it arrives (visibility, blocks and mutes may have changed since the fan-out). */
  @Subscription(() => Post, { resolve: passThrough, description: "A post just reached the viewer's home feed (after fan-out)." })
  homeFeedPostAdded(@Context() context: GraphQLContext): AsyncIterator<Post> {
    const source = this.pubsub.iterate(Topics.homeFeed(context.viewer!.userId));
    return this.live.map(context, 'homeFeedPostAdded', source, async ({ postId }, userId) => {
      const [post] = await this.posts.loadVisible(userId, [postId], { feed: true });
      return post ? Post.from(post) : null;
    });
  }

  /** The page's query brought each post's author and thread: the field loaders then need no query of their own. */
  private prime(loaders: RequestLoaders, posts: readonly PostEntity[]): void {
    const users = loaders.for(this.userLoaders).byId;
    const threads = loaders.for(this.threadLoaders).byId;
    for (const post of posts) {
      users.prime(post.authorId, post.author);
      threads.prime(post.threadId, post.thread);
    }
  }
}
