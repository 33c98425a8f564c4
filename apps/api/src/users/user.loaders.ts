import { Injectable } from '@nestjs/common';
import { UserEntity, UsersService } from '@kindling/users';
import DataLoader from 'dataloader';
import { LoaderFactory, RequestLoaders } from '../graphql/context/request-loaders';
import { User } from './user.object';

export interface UserLoaderSet {
  byId: DataLoader<string, UserEntity | null>;
}

@Injectable()
export class UserLoaders implements LoaderFactory<UserLoaderSet> {
  constructor(private readonly users: UsersService) {}

  createLoaders(): UserLoaderSet {
    return {
      byId: new DataLoader(async (ids) => {
        const found = new Map((await this.users.findByIds(ids)).map((u) => [u.id, u]));
        return ids.map((id) => found.get(id) ?? null);
      }),
    };
  }

  /** One member as a GraphQL User, batched with every other member the request loads. */
  async loadUser(loaders: RequestLoaders, id: string): Promise<User | null> {
    const user = await loaders.for(this).byId.load(id);
    return user && User.from(user);
  }
}
