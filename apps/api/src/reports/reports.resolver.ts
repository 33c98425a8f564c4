import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ReportResolutionService, ReportsService } from '@kindling/reports';
import { CurrentViewer } from '../graphql/context/viewer.decorator';
import type { Viewer } from '../graphql/context/viewer';
import { Connection, toConnection } from '../graphql/pagination/connection.types';
import { decodeCursor, encodeCursor } from '../graphql/pagination/cursor';
import { IdPipe } from '../graphql/validation/id.pipe';
import { ReportResolution } from './report-enums.graphql';
import { ReportConnection } from './report-connection';
import { ReportInput } from './report.input';
import { Report } from './report.object';
import { ReportsArgs } from './reports.args';
import { WriteLimit } from '../graphql/rate-limits/write-limit.decorator';

@Resolver(() => Report)
export class ReportsResolver {
  constructor(
    private readonly reportsService: ReportsService,
    private readonly resolution: ReportResolutionService,
  ) {}

  @Query(() => ReportConnection, {
    description: 'Reports on content outside any community, newest first. Platform admins only; FORBIDDEN for everyone else.',
  })
  async reports(@CurrentViewer() viewer: Viewer, @Args() args: ReportsArgs): Promise<Connection<Report>> {
    const after = args.after ? decodeCursor(args.after, 1)[0] : undefined;
    const page = await this.reportsService.listForAdmins(viewer.userId, args.status, { first: args.first, after });
    return toConnection(
      page,
      (r) => encodeCursor([r.id]),
      (r) => Report.from(r),
    );
  }

  @Mutation(() => Report)
  @WriteLimit('reports')
  async reportContent(@CurrentViewer() viewer: Viewer, @Args('input') input: ReportInput): Promise<Report> {
    return Report.from(await this.reportsService.file(viewer.userId, input));
  }

  @Mutation(() => Report)
  async resolveReport(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }, IdPipe) id: string,
    @Args('resolution', { type: () => ReportResolution }) resolution: ReportResolution,
  ): Promise<Report> {
    return Report.from(await this.resolution.resolve(viewer.userId, id, resolution));
  }
}
