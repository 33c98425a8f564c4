import { Module } from '@nestjs/common';
import { SocialGraphModule } from '@kindling/social-graph';
import { UsersModule } from '@kindling/users';
import { UsersApiModule } from '../users/users-api.module';
import { SocialLoaders } from './social.loaders';
import { SocialResolver } from './social.resolver';
import { UserSocialResolver } from './user-social.resolver';

@Module({
  imports: [SocialGraphModule, UsersModule, UsersApiModule],
  providers: [SocialResolver, UserSocialResolver, SocialLoaders],
})
export class SocialApiModule {}
