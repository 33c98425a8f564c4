import { Injectable } from '@nestjs/common';
import { PostEntity, PostsService, ReactionsService, ReactionType } from '@kindling/posts';
import DataLoader from 'dataloader';
import { LoaderFactory } from '../graphql/context/request-loaders';
import { Viewer } from '../graphql/context/viewer';

export interface PostLoaderSet {
  /** Raw rows (deleted included): callers check visibility. */
  byId: DataLoader<string, PostEntity | null>;
  /** Null for posts the viewer may not see (deleted, private, blocked). */
  visibleById: DataLoader<string, PostEntity | null>;
  viewerReactions: DataLoader<string, ReactionType[]>;
  mentionIds: DataLoader<string, string[]>;
}

@Injectable()
export class PostLoaders implements LoaderFactory<PostLoaderSet> {
  constructor(
    private readonly posts: PostsService,
    private readonly reactions: ReactionsService,
  ) {}

  createLoaders(viewer: Viewer | null): PostLoaderSet {
    return {
      byId: new DataLoader(async (ids) => {
        const found = new Map((await this.posts.findByIds(ids)).map((p) => [p.id, p]));
        return ids.map((id) => found.get(id) ?? null);
      }),
      visibleById: new DataLoader(async (ids) => {
        const found = new Map((await this.posts.loadVisible(viewer?.userId ?? null, ids)).map((p) => [p.id, p]));
        return ids.map((id) => found.get(id) ?? null);
      }),
      viewerReactions: new DataLoader(async (ids) => {
        if (!viewer) return ids.map(() => []);
        const reactions = await this.reactions.viewerReactions(viewer.userId, ids);
        return ids.map((id) => reactions.get(id) ?? []);
      }),
      mentionIds: new DataLoader(async (ids) => {
        const mentions = await this.posts.mentionIds(ids);
        return ids.map((id) => mentions.get(id) ?? []);
      }),
    };
  }
}
