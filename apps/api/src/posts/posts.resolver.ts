import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { PostsService, ReactionsService, ReactionType } from '@kindling/posts';
import { CurrentViewer, OptionalViewer } from '../graphql/context/viewer.decorator';
import type { Viewer } from '../graphql/context/viewer';
import { Connection, toConnection } from '../graphql/pagination/connection.types';
import { decodeCursor, encodeCursor } from '../graphql/pagination/cursor';
import { IdPipe } from '../graphql/validation/id.pipe';
import { CreatePostInput } from './create-post.input';
import { EditPostArgs } from './edit-post.args';
import { PostConnection } from './post-connection';
import { Post } from './post.object';
import { PublicFeedArgs } from './public-feed.args';
import { WriteLimit } from '../graphql/rate-limits/write-limit.decorator';

@Resolver(() => Post)
export class PostsResolver {
  constructor(
    private readonly posts: PostsService,
    private readonly reactions: ReactionsService,
  ) {}

  @Query(() => Post, { nullable: true })
  async post(@OptionalViewer() viewer: Viewer | null, @Args('id', { type: () => ID }) id: string): Promise<Post | null> {
    const post = await this.posts.findVisible(viewer?.userId ?? null, id);
    return post && Post.from(post);
  }

  @Query(() => PostConnection, { description: 'Public posts, newest first, optionally with one #tag.' })
  async publicFeed(@OptionalViewer() viewer: Viewer | null, @Args() args: PublicFeedArgs): Promise<Connection<Post>> {
    const after = args.after ? decodeCursor(args.after, 1)[0] : undefined;
    const tag = args.tag?.replace(/^#/, '') || undefined;
    const page = await this.posts.list(viewer?.userId ?? null, { publicOnly: true, feed: true, tag }, { first: args.first, after });
    return toConnection(
      page,
      (p) => encodeCursor([p.id]),
      (p) => Post.from(p),
    );
  }

  @Mutation(() => Post)
  @WriteLimit('posts')
  async createPost(@CurrentViewer() viewer: Viewer, @Args('input') input: CreatePostInput): Promise<Post> {
    return Post.from(await this.posts.create(viewer.userId, input));
  }

  @Mutation(() => Post)
  @WriteLimit('edits')
  async editPost(@CurrentViewer() viewer: Viewer, @Args() args: EditPostArgs): Promise<Post> {
    return Post.from(await this.posts.edit(viewer.userId, args.id, args.body));
  }

  @Mutation(() => Boolean)
  async deletePost(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }, IdPipe) id: string): Promise<boolean> {
    await this.posts.delete(viewer.userId, id);
    return true;
  }

  @Mutation(() => Post)
  @WriteLimit('reactions')
  async react(
    @CurrentViewer() viewer: Viewer,
    @Args('postId', { type: () => ID }, IdPipe) postId: string,
    @Args('type', { type: () => ReactionType }) type: ReactionType,
  ): Promise<Post> {
    return Post.from(await this.reactions.react(viewer.userId, postId, type));
  }

  @Mutation(() => Post)
  async unreact(
    @CurrentViewer() viewer: Viewer,
    @Args('postId', { type: () => ID }, IdPipe) postId: string,
    @Args('type', { type: () => ReactionType }) type: ReactionType,
  ): Promise<Post> {
    return Post.from(await this.reactions.unreact(viewer.userId, postId, type));
  }
}
