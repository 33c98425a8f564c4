import { Module } from '@nestjs/common';
import { UsersModule } from '@kindling/users';
import { UserFieldsResolver } from './user-fields.resolver';
import { UserLoaders } from './user.loaders';
import { UsersResolver } from './users.resolver';

@Module({
  imports: [UsersModule],
  providers: [UsersResolver, UserFieldsResolver, UserLoaders],
  exports: [UserLoaders],
})
export class UsersApiModule {}
