import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { isModerator, MembershipsService } from '@kindling/communities';
import { UsersService } from '@kindling/users';

/** Who handles (reads and resolves) a report: the community's active owners and moderators, or platform admins outside communities. */
@Injectable()
export class ReportAccess {
  constructor(
    private readonly memberships: MembershipsService,
    private readonly users: UsersService,
  ) {}

  async mayHandle(viewerId: string | null, communityId: string | null, em?: EntityManager): Promise<boolean> {
    if (!viewerId) return false;
    return communityId ? isModerator(await this.memberships.standing(communityId, viewerId, em)) : this.users.isAdmin(viewerId);
  }
}
