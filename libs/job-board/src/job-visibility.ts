import { Injectable } from '@nestjs/common';
import { canSeeInside, CommunitiesService, MembershipsService } from '@kindling/communities';
import { jobVisibleSql } from './job-posting.sql';

/**
 * The one visibility rule for jobs, applied alike to single jobs, lists,
 * notifications and search: a job in a private community is visible to that
 * community's ACTIVE members only. Single objects use `canSee`; lists compose `sql`.
 */
@Injectable()
export class JobVisibility {
  constructor(
    private readonly communities: CommunitiesService,
    private readonly memberships: MembershipsService,
  ) {}

  async canSee(viewerId: string | null, job: { communityId: string | null }): Promise<boolean> {
    if (!job.communityId) return true;
    const [community] = await this.communities.findByIds([job.communityId]);
    if (!community) return false;
    return canSeeInside(community.visibility, await this.memberships.standing(job.communityId, viewerId));
  }

  /** SQL predicate over the job alias; `viewer` a bound placeholder or null. */
  sql(alias: string, viewer: string | null): string {
    return jobVisibleSql(alias, viewer);
  }
}
