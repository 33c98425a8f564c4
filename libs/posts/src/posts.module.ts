import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CommunitiesModule } from '@kindling/communities';
import { SocialGraphModule } from '@kindling/social-graph';
import { ThreadsModule } from '@kindling/threads';
import { UsersModule } from '@kindling/users';
import { PostMentionEntity } from './post-mention.entity';
import { PostEntity } from './post.entity';
import { PostsService } from './posts.service';
import { ReactionEntity } from './reaction.entity';
import { ReactionsService } from './reactions.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([PostEntity, PostMentionEntity, ReactionEntity]),
    ThreadsModule,
    CommunitiesModule,
    SocialGraphModule,
    UsersModule,
  ],
  providers: [PostsService, ReactionsService],
  exports: [PostsService, ReactionsService],
})
export class PostsModule {}
