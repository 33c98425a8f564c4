import { Module } from '@nestjs/common';
import { CommentsModule } from '@kindling/comments';
import { PostsModule } from '@kindling/posts';
import { ThreadsModule } from '@kindling/threads';
import { UsersModule } from '@kindling/users';
import { CommentLoaders } from '../comments/comment.loaders';
import { PostLoaders } from '../posts/post.loaders';
import { ThreadLoaders } from '../threads/thread.loaders';

/** Threads, posts and comments resolve fields through each other's loaders: they share this one module. */
@Module({
  imports: [ThreadsModule, PostsModule, CommentsModule, UsersModule],
  providers: [ThreadLoaders, PostLoaders, CommentLoaders],
  exports: [ThreadLoaders, PostLoaders, CommentLoaders, ThreadsModule, PostsModule, CommentsModule],
})
export class ContentLoadersModule {}
