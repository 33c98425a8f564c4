import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  CommunitiesErrorCode,
  CommunitiesException,
  CommunitiesService,
  communityContentVisibleSql,
  CommunityVisibility,
  isActive,
  isBanned,
  MembershipsService,
} from '@kindling/communities';
import { notBlockedSql, SocialGraphService } from '@kindling/social-graph';

/** What decides whether a viewer sees a thread (and so its posts). */
export interface ThreadScope {
  authorId: string;
  communityId: string | null;
}

/**
 * The one visibility rule for threads and everything in them: a thread in a
 * private community is visible to its ACTIVE members only, and members who
 * block each other see none of each other's content. Single objects use
 * `canSee`; lists, feeds and search compose `sql` into their queries.
 */
@Injectable()
export class ThreadVisibility {
  constructor(
    private readonly communities: CommunitiesService,
    private readonly memberships: MembershipsService,
    private readonly graph: SocialGraphService,
    private readonly dataSource: DataSource,
  ) {}

  async canSee(viewerId: string | null, scope: ThreadScope): Promise<boolean> {
    if (scope.communityId) {
      const community = await this.communities.findByIds([scope.communityId]);
      const isPublic = community[0]?.visibility === CommunityVisibility.PUBLIC;
      if (!isPublic && !isActive(await this.memberships.standing(scope.communityId, viewerId))) return false;
    }
    return !viewerId || viewerId === scope.authorId || !(await this.graph.isBlockedEitherWay(viewerId, scope.authorId));
  }

  /**
   * The one participation rule for content the viewer can see (a post in their thread, a comment, a reaction, a
   * subscription, an edit): a member banned from the thread's community is refused with BANNED (FORBIDDEN), on
   * `field`. Callers check `canSee` first, so what is invisible stays NOT_FOUND.
   */
  async assertMayParticipate(viewerId: string, scope: ThreadScope, field: string): Promise<void> {
    if (scope.communityId && isBanned(await this.memberships.standing(scope.communityId, viewerId))) {
      throw new CommunitiesException(CommunitiesErrorCode.BANNED, 'You are banned from this community', field);
    }
  }

  /** Which of `viewerIds` may see a thread (or post) of this scope, in one query: for notifying many at once. */
  async viewersAmong(viewerIds: readonly string[], scope: ThreadScope): Promise<string[]> {
    if (viewerIds.length === 0) return [];
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT v.id::text FROM unnest($1::bigint[]) AS v(id)
        WHERE v.id = $2::bigint OR ${this.sql('v.id', '$2::bigint', '$3::bigint')}`,
      [viewerIds, scope.authorId, scope.communityId],
    );
    return rows.map((r) => r.id);
  }

  /** SQL predicate over columns `authorExpr` and `communityExpr`; `viewer` a placeholder or null. */
  sql(viewer: string | null, authorExpr: string, communityExpr: string): string {
    const community = communityContentVisibleSql(communityExpr, viewer);
    return viewer === null ? community : `(${community} AND ${notBlockedSql(viewer, authorExpr)})`;
  }
}
