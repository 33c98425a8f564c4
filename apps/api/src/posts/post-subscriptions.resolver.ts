import { Args, Context, ID, Resolver, Subscription } from '@nestjs/graphql';
import { PostsService } from '@kindling/posts';
import { PubSubService, Topics } from '@kindling/realtime';
import { ThreadsService } from '@kindling/threads';
import type { GraphQLContext } from '../graphql/context/graphql-context';
import { IdPipe } from '../graphql/validation/id.pipe';
import { LiveStream } from '../realtime/live-stream';
import { Post } from './post.object';

const passThrough = <T>(value: T) => value;

@Resolver(() => Post)
export class PostSubscriptionsResolver {
  constructor(
    private readonly threads: ThreadsService,
    private readonly posts: PostsService,
    private readonly pubsub: PubSubService,
    private readonly live: LiveStream,
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
      return found && { item: Post.from(found.post), to: found.viewerIds };
    });
  }
}
