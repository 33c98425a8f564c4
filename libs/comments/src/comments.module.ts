import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CommunitiesModule } from '@kindling/communities';
import { PostsModule } from '@kindling/posts';
import { CommentEntity } from './comment.entity';
import { CommentMentionEntity } from './comment-mention.entity';
import { CommentMentions } from './comment-mentions.service';
import { CommentsService } from './comments.service';

@Module({
  imports: [TypeOrmModule.forFeature([CommentEntity, CommentMentionEntity]), PostsModule, CommunitiesModule],
  providers: [CommentsService, CommentMentions],
  exports: [CommentsService, CommentMentions],
})
export class CommentsModule {}
