import { Module } from '@nestjs/common';
import { ContentLoadersModule } from '../content/content-loaders.module';
import { UsersApiModule } from '../users/users-api.module';
import { CommunityFeedResolver } from './community-feed.resolver';
import { PostFieldsResolver } from './post-fields.resolver';
import { PostSubscriptionsResolver } from './post-subscriptions.resolver';
import { PostsResolver } from './posts.resolver';

@Module({
  imports: [ContentLoadersModule, UsersApiModule],
  providers: [PostsResolver, PostFieldsResolver, PostSubscriptionsResolver, CommunityFeedResolver],
})
export class PostsApiModule {}
