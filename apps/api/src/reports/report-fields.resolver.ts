import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Loaders } from '../graphql/context/viewer.decorator';
import { RequestLoaders } from '../graphql/context/request-loaders';
import { CommentLoaders } from '../comments/comment.loaders';
import { Comment } from '../comments/comment.object';
import { PostLoaders } from '../posts/post.loaders';
import { Post } from '../posts/post.object';
import { User } from '../users/user.object';
import { UserLoaders } from '../users/user.loaders';
import { Report } from './report.object';

/**
 * Whoever sees a report handles it (or filed it), so the reported item is
 * shown as it is, removed or not: moderators must see what they judge.
 */
@Resolver(() => Report)
export class ReportFieldsResolver {
  constructor(
    private readonly postLoaders: PostLoaders,
    private readonly commentLoaders: CommentLoaders,
    private readonly userLoaders: UserLoaders,
  ) {}

  @ResolveField(() => User)
  reporter(@Parent() report: Report, @Loaders() loaders: RequestLoaders): Promise<User | null> {
    return this.userLoaders.loadUser(loaders, report.reporterId);
  }

  @ResolveField(() => Post, { nullable: true })
  async post(@Parent() report: Report, @Loaders() loaders: RequestLoaders): Promise<Post | null> {
    const post = report.postId ? await loaders.for(this.postLoaders).byId.load(report.postId) : null;
    return post && Post.from(post);
  }

  @ResolveField(() => Comment, { nullable: true })
  async comment(@Parent() report: Report, @Loaders() loaders: RequestLoaders): Promise<Comment | null> {
    const comment = report.commentId ? await loaders.for(this.commentLoaders).byId.load(report.commentId) : null;
    return comment && Comment.from(comment);
  }

  @ResolveField(() => User, { nullable: true })
  resolvedBy(@Parent() report: Report, @Loaders() loaders: RequestLoaders): Promise<User | null> {
    return report.resolvedById ? this.userLoaders.loadUser(loaders, report.resolvedById) : Promise.resolve(null);
  }
}
