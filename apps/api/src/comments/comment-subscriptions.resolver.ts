import { Args, Context, ID, Resolver, Subscription } from '@nestjs/graphql';
import { CommentsService } from '@kindling/comments';
import { PostsService } from '@kindling/posts';
import { PubSubService, Topics } from '@kindling/realtime';
import type { GraphQLContext } from '../graphql/context/graphql-context';
import { RequestLoaders } from '../graphql/context/request-loaders';
import { IdPipe } from '../graphql/validation/id.pipe';
import { LiveStream } from '../realtime/live-stream';
import { UserLoaders } from '../users/user.loaders';
import { Comment } from './comment.object';

const passThrough = <T>(value: T) => value;

@Resolver(() => Comment)
export class CommentSubscriptionsResolver {
  constructor(
    private readonly posts: PostsService,
    private readonly comments: CommentsService,
    private readonly pubsub: PubSubService,
    private readonly live: LiveStream,
    private readonly userLoaders: UserLoaders,
  ) {}

  /** NOT_FOUND for a post the viewer cannot see; each comment is authorized again as it arrives. */
  @Subscription(() => Comment, { resolve: passThrough })
  async commentAdded(
    @Context() context: GraphQLContext,
    @Args('postId', { type: () => ID }, IdPipe) postId: string,
  ): Promise<AsyncIterator<Comment>> {
    await this.posts.requireVisible(context.viewer!.userId, postId);
    const source = this.pubsub.iterate(Topics.postComment(postId));
    return this.live.mapShared(context, `commentAdded:${postId}`, source, async ({ commentId }, userIds) => {
      const found = await this.comments.findVisibleToMany(userIds, commentId);
      if (!found || found.comment.deletedAt) return null;
      const { comment } = found;
      const prime = (loaders: RequestLoaders) => loaders.for(this.userLoaders).byId.prime(comment.authorId, comment.author);
      return { item: Comment.from(comment), to: found.viewerIds, prime };
    });
  }
}
