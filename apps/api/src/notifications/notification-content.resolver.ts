import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Loaders } from '../graphql/context/viewer.decorator';
import { RequestLoaders } from '../graphql/context/request-loaders';
import { CommentLoaders } from '../comments/comment.loaders';
import { Comment } from '../comments/comment.object';
import { PostLoaders } from '../posts/post.loaders';
import { Post } from '../posts/post.object';
import { ThreadLoaders } from '../threads/thread.loaders';
import { GrowthThread } from '../threads/thread.object';
import { Notification } from './notification.object';

/** The content a notification is about, when the recipient may still see it (deleted, blocked or left: null). Batched. */
@Resolver(() => Notification)
export class NotificationContentResolver {
  constructor(
    private readonly postLoaders: PostLoaders,
    private readonly commentLoaders: CommentLoaders,
    private readonly threadLoaders: ThreadLoaders,
  ) {}

  @ResolveField(() => Post, { nullable: true })
  async post(@Parent() notification: Notification, @Loaders() loaders: RequestLoaders): Promise<Post | null> {
    const post = notification.postId ? await loaders.for(this.postLoaders).visibleById.load(notification.postId) : null;
    return post && Post.from(post);
  }

  @ResolveField(() => Comment, { nullable: true })
  async comment(@Parent() notification: Notification, @Loaders() loaders: RequestLoaders): Promise<Comment | null> {
    const comment = notification.commentId ? await loaders.for(this.commentLoaders).byId.load(notification.commentId) : null;
    if (!comment || comment.deletedAt) return null;
    return (await loaders.for(this.postLoaders).visibleById.load(comment.postId)) ? Comment.from(comment) : null;
  }

  @ResolveField(() => GrowthThread, { nullable: true })
  async thread(@Parent() notification: Notification, @Loaders() loaders: RequestLoaders): Promise<GrowthThread | null> {
    const thread = notification.threadId ? await loaders.for(this.threadLoaders).visibleById.load(notification.threadId) : null;
    return thread && GrowthThread.from(thread);
  }
}
