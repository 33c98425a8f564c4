import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ReportsService } from '@kindling/reports';
import { OptionalViewer } from '../graphql/context/viewer.decorator';
import type { Viewer } from '../graphql/context/viewer';
import { Connection, toConnection } from '../graphql/pagination/connection.types';
import { decodeCursor, encodeCursor } from '../graphql/pagination/cursor';
import { Community } from '../communities/community.object';
import { ReportConnection } from './report-connection';
import { Report } from './report.object';
import { ReportsArgs } from './reports.args';

@Resolver(() => Community)
export class CommunityReportsResolver {
  constructor(private readonly reportsService: ReportsService) {}

  @ResolveField(() => ReportConnection, { description: 'Moderators and owners only; FORBIDDEN for everyone else.' })
  async reports(
    @Parent() community: Community,
    @Args() args: ReportsArgs,
    @OptionalViewer() viewer: Viewer | null,
  ): Promise<Connection<Report>> {
    const after = args.after ? decodeCursor(args.after, 1)[0] : undefined;
    const page = await this.reportsService.listForCommunity(viewer?.userId ?? null, community.id, args.status, {
      first: args.first,
      after,
    });
    return toConnection(
      page,
      (r) => encodeCursor([r.id]),
      (r) => Report.from(r),
    );
  }
}
