import { Injectable } from '@nestjs/common';
import { CommunitiesService, CommunityEntity, MembershipEntity, MembershipsService } from '@kindling/communities';
import DataLoader from 'dataloader';
import { LoaderFactory } from '../graphql/context/request-loaders';
import { Viewer } from '../graphql/context/viewer';

export interface CommunityLoaderSet {
  byId: DataLoader<string, CommunityEntity | null>;
  /** The viewer's membership per community id (null when none or anonymous). */
  viewerMembership: DataLoader<string, MembershipEntity | null>;
}

@Injectable()
export class CommunityLoaders implements LoaderFactory<CommunityLoaderSet> {
  constructor(
    private readonly communities: CommunitiesService,
    private readonly memberships: MembershipsService,
  ) {}

  createLoaders(viewer: Viewer | null): CommunityLoaderSet {
    return {
      byId: new DataLoader(async (ids) => {
        const found = new Map((await this.communities.findByIds(ids)).map((c) => [c.id, c]));
        return ids.map((id) => found.get(id) ?? null);
      }),
      viewerMembership: new DataLoader(async (communityIds) => {
        if (!viewer) return communityIds.map(() => null);
        const found = new Map((await this.memberships.findForUser(viewer.userId, communityIds)).map((m) => [m.communityId, m]));
        return communityIds.map((id) => found.get(id) ?? null);
      }),
    };
  }
}
