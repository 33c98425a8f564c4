import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import {
  canSeeInside,
  CommunitiesErrorCode,
  CommunitiesException,
  isModerator,
  MembershipStatus,
  MembershipsService,
  ModerationLogService,
} from '@kindling/communities';
import { Loaders } from '../graphql/context/viewer.decorator';
import { RequestLoaders } from '../graphql/context/request-loaders';
import { ConnectionArgs } from '../graphql/pagination/connection.args';
import { Connection, ConnectionType, toConnection } from '../graphql/pagination/connection.types';
import { decodeCursor, encodeCursor } from '../graphql/pagination/cursor';
import { CommunityLoaders } from './community.loaders';
import { Community } from './community.object';
import { MembersArgs } from './members.args';
import { Membership } from './membership.object';
import { ModerationAction } from './moderation-action.object';

export const MembershipConnection = ConnectionType(Membership, 'Membership');
export const ModerationActionConnection = ConnectionType(ModerationAction, 'ModerationAction');

const EMPTY = { items: [], hasNextPage: false };
const afterId = (after?: string | null) => (after ? decodeCursor(after, 1)[0] : undefined);

@Resolver(() => Community)
export class CommunityFieldsResolver {
  constructor(
    private readonly memberships: MembershipsService,
    private readonly log: ModerationLogService,
    private readonly loaders: CommunityLoaders,
  ) {}

  @ResolveField(() => Membership, { nullable: true })
  async viewerMembership(@Parent() community: Community, @Loaders() loaders: RequestLoaders): Promise<Membership | null> {
    const membership = await loaders.for(this.loaders).viewerMembership.load(community.id);
    return membership && Membership.from(membership);
  }

  /**
   * ACTIVE members for whoever may see inside; PENDING requests and BANNED
   * members for owners and moderators only. Anything else reads as empty.
   */
  @ResolveField(() => MembershipConnection)
  async members(
    @Parent() community: Community,
    @Args() args: MembersArgs,
    @Loaders() loaders: RequestLoaders,
  ): Promise<Connection<Membership>> {
    const viewer = await loaders.for(this.loaders).viewerMembership.load(community.id);
    const status = args.status ?? MembershipStatus.ACTIVE;
    const allowed = status === MembershipStatus.ACTIVE ? canSeeInside(community.visibility, viewer) : isModerator(viewer);
    const page = allowed
      ? await this.memberships.list(
          community.id,
          { status, role: args.role ?? undefined },
          { first: args.first, after: afterId(args.after) },
        )
      : EMPTY;
    return toConnection(
      page,
      (m) => encodeCursor([m.id]),
      (row) => Membership.from(row),
    );
  }

  @ResolveField(() => ModerationActionConnection, { description: 'Moderators and owners only; FORBIDDEN for everyone else.' })
  async moderationLog(
    @Parent() community: Community,
    @Args() args: ConnectionArgs,
    @Loaders() loaders: RequestLoaders,
  ): Promise<Connection<ModerationAction>> {
    if (!isModerator(await loaders.for(this.loaders).viewerMembership.load(community.id))) {
      throw new CommunitiesException(CommunitiesErrorCode.NOT_A_MODERATOR, 'Only owners and moderators can read the moderation log');
    }
    const page = await this.log.list(community.id, { first: args.first, after: afterId(args.after) });
    return toConnection(
      page,
      (a) => encodeCursor([a.id]),
      (row) => ModerationAction.from(row),
    );
  }
}
