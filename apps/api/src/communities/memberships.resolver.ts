import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { MembershipsService } from '@kindling/communities';
import { CurrentViewer } from '../graphql/context/viewer.decorator';
import type { Viewer } from '../graphql/context/viewer';
import { InputValidationException } from '../graphql/errors/input-validation.exception';
import { IdPipe } from '../graphql/validation/id.pipe';
import { CommunityRole } from './community-enums.graphql';
import { Membership } from './membership.object';
import { WriteLimit } from '../graphql/rate-limits/write-limit.decorator';

const MAX_REASON_LENGTH = 500;

@Resolver(() => Membership)
export class MembershipsResolver {
  constructor(private readonly memberships: MembershipsService) {}

  @Mutation(() => Membership, { description: 'ACTIVE at once in a public community, PENDING in a private one.' })
  @WriteLimit('memberships')
  async joinCommunity(
    @CurrentViewer() viewer: Viewer,
    @Args('communityId', { type: () => ID }, IdPipe) communityId: string,
  ): Promise<Membership> {
    return Membership.from(await this.memberships.join(viewer.userId, communityId));
  }

  @Mutation(() => Boolean)
  leaveCommunity(@CurrentViewer() viewer: Viewer, @Args('communityId', { type: () => ID }, IdPipe) communityId: string): Promise<boolean> {
    return this.memberships.leave(viewer.userId, communityId);
  }

  @Mutation(() => Membership, { description: 'Approving makes the member ACTIVE; rejecting removes the request and returns it as it was.' })
  async reviewMembership(
    @CurrentViewer() viewer: Viewer,
    @Args('membershipId', { type: () => ID }, IdPipe) membershipId: string,
    @Args('approve') approve: boolean,
  ): Promise<Membership> {
    return Membership.from(await this.memberships.review(viewer.userId, membershipId, approve));
  }

  @Mutation(() => Membership)
  async setMemberRole(
    @CurrentViewer() viewer: Viewer,
    @Args('communityId', { type: () => ID }, IdPipe) communityId: string,
    @Args('userId', { type: () => ID }, IdPipe) userId: string,
    @Args('role', { type: () => CommunityRole }) role: CommunityRole,
  ): Promise<Membership> {
    return Membership.from(await this.memberships.setRole(viewer.userId, communityId, userId, role));
  }

  @Mutation(() => Membership)
  async banMember(
    @CurrentViewer() viewer: Viewer,
    @Args('communityId', { type: () => ID }, IdPipe) communityId: string,
    @Args('userId', { type: () => ID }, IdPipe) userId: string,
    @Args('reason', { type: () => String, nullable: true }) reason?: string | null,
  ): Promise<Membership> {
    if (reason && reason.length > MAX_REASON_LENGTH) {
      throw new InputValidationException('reason', `reason must be at most ${MAX_REASON_LENGTH} characters`);
    }
    return Membership.from(await this.memberships.ban(viewer.userId, communityId, userId, reason?.trim() || null));
  }

  @Mutation(() => Boolean)
  unbanMember(
    @CurrentViewer() viewer: Viewer,
    @Args('communityId', { type: () => ID }, IdPipe) communityId: string,
    @Args('userId', { type: () => ID }, IdPipe) userId: string,
  ): Promise<boolean> {
    return this.memberships.unban(viewer.userId, communityId, userId);
  }
}
