import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { JobListingService } from '@kindling/job-board';
import { OptionalViewer } from '../graphql/context/viewer.decorator';
import type { Viewer } from '../graphql/context/viewer';
import { ConnectionArgs } from '../graphql/pagination/connection.args';
import { Connection, toConnection } from '../graphql/pagination/connection.types';
import { decodeCursor, encodeCursor } from '../graphql/pagination/cursor';
import { Community } from '../communities/community.object';
import { JobPostingConnection } from './job-posting-connection';
import { JobPosting } from './job-posting.object';

@Resolver(() => Community)
export class CommunityJobsResolver {
  constructor(private readonly listing: JobListingService) {}

  /** Empty for a private community the viewer is not an ACTIVE member of. */
  @ResolveField(() => JobPostingConnection, { description: 'Open jobs posted in the community, newest first.' })
  async jobs(
    @Parent() community: Community,
    @Args() args: ConnectionArgs,
    @OptionalViewer() viewer: Viewer | null,
  ): Promise<Connection<JobPosting>> {
    const after = args.after ? decodeCursor(args.after, 1)[0] : undefined;
    const page = await this.listing.list(viewer?.userId ?? null, { communityId: community.id }, { first: args.first, after });
    return toConnection(
      page,
      (j) => encodeCursor([j.id]),
      (j) => JobPosting.from(j),
    );
  }
}
