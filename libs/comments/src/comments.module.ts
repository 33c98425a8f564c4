import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CommunitiesModule } from '@kindling/communities';
import { PostsModule } from '@kindling/posts';
import { CommentEntity } from './comment.entity';
import { CommentsService } from './comments.service';

@Module({
  imports: [TypeOrmModule.forFeature([CommentEntity]), PostsModule, CommunitiesModule],
  providers: [CommentsService],
  exports: [CommentsService],
})
export class CommentsModule {}
