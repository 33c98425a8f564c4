import { Injectable } from '@nestjs/common';
import { SocialGraphService, ViewerRelation } from '@kindling/social-graph';
import DataLoader from 'dataloader';
import { LoaderFactory } from '../graphql/context/request-loaders';
import { Viewer } from '../graphql/context/viewer';

const NO_RELATION: ViewerRelation = { following: false, blocked: false, muted: false };

export interface SocialLoaderSet {
  /** The viewer's relation to a member: one query for every member on the page. */
  relation: DataLoader<string, ViewerRelation>;
}

@Injectable()
export class SocialLoaders implements LoaderFactory<SocialLoaderSet> {
  constructor(private readonly graph: SocialGraphService) {}

  createLoaders(viewer: Viewer | null): SocialLoaderSet {
    return {
      relation: new DataLoader(async (ids) => {
        if (!viewer) return ids.map(() => NO_RELATION);
        const relations = await this.graph.relations(viewer.userId, ids);
        return ids.map((id) => relations.get(id) ?? NO_RELATION);
      }),
    };
  }
}
