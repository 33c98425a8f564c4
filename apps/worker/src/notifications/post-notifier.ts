import { Injectable } from '@nestjs/common';
import { NotificationsService, NotificationType } from '@kindling/notifications';
import { PostEntity, PostsService } from '@kindling/posts';
import { ThreadVisibility } from '@kindling/threads';

/**
 * Base for handlers that notify about a post: only recipients who can see it
 * are told. Injectable so subclasses without a constructor of their own get
 * its dependencies injected.
 */
@Injectable()
export abstract class PostNotifier {
  constructor(
    protected readonly posts: PostsService,
    protected readonly visibility: ThreadVisibility,
    protected readonly notifications: NotificationsService,
  ) {}

  protected async livePost(postId: string): Promise<PostEntity | null> {
    const [post] = await this.posts.findByIds([postId]);
    return post && !post.deletedAt ? post : null;
  }

  protected async notifyIfVisible(
    post: PostEntity,
    recipientId: string,
    type: NotificationType,
    actorId: string,
    subject: object,
  ): Promise<void> {
    if (!(await this.visibility.canSee(recipientId, { authorId: post.authorId, communityId: post.communityId }))) return;
    await this.notifications.notify({ recipientId, type, actorId, subject });
  }
}
