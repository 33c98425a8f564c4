import { Args, Context, ID, Resolver, Subscription } from '@nestjs/graphql';
import { PostsService } from '@kindling/posts';
import { PubSubService, Topics } from '@kindling/realtime';
import { ThreadsService } from '@kindling/threads';
import type { GraphQLContext } from '../graphql/context/graphql-context';
import { RequestLoaders } from '../graphql/context/request-loaders';
import { IdPipe } from '../graphql/validation/id.pipe';
import { LiveStream } from '../realtime/live-stream';
import { ThreadLoaders } from '../threads/thread.loaders';
import { UserLoaders } from '../users/user.loaders';
import { Post } from './post.object';

const passThrough = <T>(value: T) => value;

@Resolver(() => Post)
export class PostSubscriptionsResolver {
  constructor(
    private readonly threads: ThreadsService,
    private readonly posts: PostsService,
    private readonly pubsub: PubSubService,
    private readonly live: LiveStream,
    private readonly userLoaders: UserLoaders,
    private readonly threadLoaders: ThreadLoaders,
  ) {}

  /** NOT_FOUND for a thread the viewer cannot see; each post is authorized again as it arrives. */
  @Subscription(() => Post, { resolve: passThrough })
  async threadPostAdded(
    @Context() context: GraphQLContext,
    @Args('threadId', { type: () => ID }, IdPipe) threadId: string,
  ): Promise<AsyncIterator<Post>> {
    await this.threads.requireVisible(context.viewer!.userId, threadId);
    const source = this.pubsub.iterate(Topics.threadPost(threadId));
    return this.live.mapShared(context, `threadPostAdded:${threadId}`, source, async ({ postId }, userIds) => {
      const found = await this.posts.findVisibleToMany(userIds, postId);
      if (!found) return null;
      const { post } = found;
      const prime = (loaders: RequestLoaders) => {
        loaders.for(this.userLoaders).byId.prime(post.authorId, post.author);
        loaders.for(this.threadLoaders).byId.prime(post.threadId, post.thread);
      };
      return { item: Post.from(post), to: found.viewerIds, prime };
    });
  }
}
