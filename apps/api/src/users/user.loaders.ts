import { Injectable } from '@nestjs/common';
import { UserEntity, UsersService } from '@kindling/users';
import DataLoader from 'dataloader';
import { LoaderFactory } from '../graphql/context/request-loaders';

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
}
