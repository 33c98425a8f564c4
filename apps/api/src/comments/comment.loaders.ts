import { Injectable } from '@nestjs/common';
import { CommentEntity, CommentsService } from '@kindling/comments';
import DataLoader from 'dataloader';
import { LoaderFactory } from '../graphql/context/request-loaders';

export interface CommentLoaderSet {
  /** Raw rows: for parents of comments the viewer already sees. */
  byId: DataLoader<string, CommentEntity | null>;
}

@Injectable()
export class CommentLoaders implements LoaderFactory<CommentLoaderSet> {
  constructor(private readonly comments: CommentsService) {}

  createLoaders(): CommentLoaderSet {
    return {
      byId: new DataLoader(async (ids) => {
        const found = new Map((await this.comments.findByIds(ids)).map((c) => [c.id, c]));
        return ids.map((id) => found.get(id) ?? null);
      }),
    };
  }
}
