import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { FeedModule } from '@kindling/feed';
import { ContentLoadersModule } from '../content/content-loaders.module';
import { UsersApiModule } from '../users/users-api.module';
import { HomeFeedResolver } from './home-feed.resolver';
import { LastSeenInterceptor } from './last-seen.interceptor';

@Module({
  imports: [FeedModule, ContentLoadersModule, UsersApiModule],
  providers: [HomeFeedResolver, { provide: APP_INTERCEPTOR, useClass: LastSeenInterceptor }],
})
export class FeedApiModule {}
