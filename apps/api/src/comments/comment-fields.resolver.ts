import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CommentsService } from '@kindling/comments';
import { Loaders } from '../graphql/context/viewer.decorator';
import { RequestLoaders } from '../graphql/context/request-loaders';
import { ConnectionArgs } from '../graphql/pagination/connection.args';
import { Connection, toConnection } from '../graphql/pagination/connection.types';
import { decodeCursor, encodeCursor } from '../graphql/pagination/cursor';
import { PostLoaders } from '../posts/post.loaders';
import { Post } from '../posts/post.object';
import { User } from '../users/user.object';
import { UserLoaders } from '../users/user.loaders';
import { CommentConnection } from './comment-connection';
import { CommentLoaders } from './comment.loaders';
import { Comment } from './comment.object';

/** Fields of a Comment whose post the viewer already may see. */
@Resolver(() => Comment)
export class CommentFieldsResolver {
  constructor(
    private readonly comments: CommentsService,
    private readonly commentLoaders: CommentLoaders,
    private readonly postLoaders: PostLoaders,
    private readonly userLoaders: UserLoaders,
  ) {}

  @ResolveField(() => Post)
  async post(@Parent() comment: Comment, @Loaders() loaders: RequestLoaders): Promise<Post | null> {
    const post = await loaders.for(this.postLoaders).byId.load(comment.postId);
    return post && Post.from(post);
  }

  @ResolveField(() => User, { nullable: true, description: 'Null once the comment is deleted; the tombstone keeps its replies in place.' })
  author(@Parent() comment: Comment, @Loaders() loaders: RequestLoaders): Promise<User | null> {
    return comment.authorId ? this.userLoaders.loadUser(loaders, comment.authorId) : Promise.resolve(null);
  }

  @ResolveField(() => Comment, { nullable: true })
  async parent(@Parent() comment: Comment, @Loaders() loaders: RequestLoaders): Promise<Comment | null> {
    const parent = comment.parentId ? await loaders.for(this.commentLoaders).byId.load(comment.parentId) : null;
    return parent && Comment.from(parent);
  }

  @ResolveField(() => CommentConnection, { description: 'Oldest first.' })
  async replies(@Parent() comment: Comment, @Args() args: ConnectionArgs): Promise<Connection<Comment>> {
    const after = args.after ? decodeCursor(args.after, 1)[0] : undefined;
    const page = await this.comments.list(comment.postId, comment.id, { first: args.first, after });
    return toConnection(
      page,
      (c) => encodeCursor([c.id]),
      (c) => Comment.from(c),
    );
  }
}
