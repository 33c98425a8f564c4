import { Module } from '@nestjs/common';
import { ContentLoadersModule } from '../content/content-loaders.module';
import { UsersApiModule } from '../users/users-api.module';
import { CommentFieldsResolver } from './comment-fields.resolver';
import { CommentSubscriptionsResolver } from './comment-subscriptions.resolver';
import { CommentsResolver } from './comments.resolver';

@Module({
  imports: [ContentLoadersModule, UsersApiModule],
  providers: [CommentsResolver, CommentFieldsResolver, CommentSubscriptionsResolver],
})
export class CommentsApiModule {}
