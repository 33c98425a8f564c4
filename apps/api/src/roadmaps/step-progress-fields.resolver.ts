import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { PostsService } from '@kindling/posts';
import { Loaders, OptionalViewer } from '../graphql/context/viewer.decorator';
import { RequestLoaders } from '../graphql/context/request-loaders';
import type { Viewer } from '../graphql/context/viewer';
import { PostLoaders } from '../posts/post.loaders';
import { Post } from '../posts/post.object';
import { User } from '../users/user.object';
import { UserLoaders } from '../users/user.loaders';
import { StepProgress } from './step-progress.object';

@Resolver(() => StepProgress)
export class StepProgressFieldsResolver {
  constructor(
    private readonly postLoaders: PostLoaders,
    private readonly userLoaders: UserLoaders,
    private readonly posts: PostsService,
  ) {}

  /** The cited post while it exists and the viewer may see it (blocks and private communities apply). */
  @ResolveField(() => Post, { nullable: true, description: 'The post offered as evidence for this step.' })
  async evidence(
    @Parent() progress: StepProgress,
    @OptionalViewer() viewer: Viewer | null,
    @Loaders() loaders: RequestLoaders,
  ): Promise<Post | null> {
    if (!progress.evidencePostId) return null;
    const post = await loaders.for(this.postLoaders).byId.load(progress.evidencePostId);
    if (!post || post.deletedAt) return null;
    const visible = post.authorId === viewer?.userId || (await this.posts.findVisible(viewer?.userId ?? null, post.id)) !== null;
    return visible ? Post.from(post) : null;
  }

  @ResolveField(() => User, {
    nullable: true,
    description: 'Set when the mentor of a room that shares this enrollment confirmed the step.',
  })
  verifiedBy(@Parent() progress: StepProgress, @Loaders() loaders: RequestLoaders): Promise<User | null> {
    return progress.verifiedById ? this.userLoaders.loadUser(loaders, progress.verifiedById) : Promise.resolve(null);
  }
}
