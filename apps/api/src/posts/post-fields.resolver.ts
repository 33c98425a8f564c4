import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CommentsService } from '@kindling/comments';
import { ReactionType } from '@kindling/posts';
import { Loaders } from '../graphql/context/viewer.decorator';
import { RequestLoaders } from '../graphql/context/request-loaders';
import { ConnectionArgs } from '../graphql/pagination/connection.args';
import { Connection, toConnection } from '../graphql/pagination/connection.types';
import { decodeCursor, encodeCursor } from '../graphql/pagination/cursor';
import { CommentConnection } from '../comments/comment-connection';
import { Comment } from '../comments/comment.object';
import { ThreadLoaders } from '../threads/thread.loaders';
import { GrowthThread } from '../threads/thread.object';
import { User } from '../users/user.object';
import { UserLoaders } from '../users/user.loaders';
import { PostLoaders } from './post.loaders';
import { Post } from './post.object';

/** Fields of a Post the viewer already may see (every path to a Post checks that). */
@Resolver(() => Post)
export class PostFieldsResolver {
  constructor(
    private readonly commentsService: CommentsService,
    private readonly postLoaders: PostLoaders,
    private readonly threadLoaders: ThreadLoaders,
    private readonly userLoaders: UserLoaders,
  ) {}

  @ResolveField(() => GrowthThread)
  async thread(@Parent() post: Post, @Loaders() loaders: RequestLoaders): Promise<GrowthThread | null> {
    const thread = await loaders.for(this.threadLoaders).byId.load(post.threadId);
    return thread && GrowthThread.from(thread);
  }

  @ResolveField(() => User)
  author(@Parent() post: Post, @Loaders() loaders: RequestLoaders): Promise<User | null> {
    return this.userLoaders.loadUser(loaders, post.authorId);
  }

  @ResolveField(() => [User], { description: 'Members named as @handle in the body.' })
  async mentions(@Parent() post: Post, @Loaders() loaders: RequestLoaders): Promise<User[]> {
    const ids = await loaders.for(this.postLoaders).mentionIds.load(post.id);
    const users = await Promise.all(ids.map((id) => this.userLoaders.loadUser(loaders, id)));
    return users.filter((u): u is User => u !== null);
  }

  @ResolveField(() => [ReactionType])
  viewerReactions(@Parent() post: Post, @Loaders() loaders: RequestLoaders): Promise<ReactionType[]> {
    return loaders.for(this.postLoaders).viewerReactions.load(post.id);
  }

  @ResolveField(() => CommentConnection, { description: 'Top-level comments, oldest first.' })
  async comments(@Parent() post: Post, @Args() args: ConnectionArgs): Promise<Connection<Comment>> {
    const after = args.after ? decodeCursor(args.after, 1)[0] : undefined;
    const page = await this.commentsService.list(post.id, null, { first: args.first, after });
    return toConnection(
      page,
      (c) => encodeCursor([c.id]),
      (c) => Comment.from(c),
    );
  }
}
