import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ProgramApplicationsService, ProgramMatchingService } from '@kindling/programs';
import { CommunityLoaders } from '../communities/community.loaders';
import { Community } from '../communities/community.object';
import { RequestLoaders } from '../graphql/context/request-loaders';
import { Loaders, OptionalViewer } from '../graphql/context/viewer.decorator';
import type { Viewer } from '../graphql/context/viewer';
import { Connection, toConnection } from '../graphql/pagination/connection.types';
import { decodeCursor, encodeCursor } from '../graphql/pagination/cursor';
import { MentorshipProgram } from './mentorship-program.object';
import { ProgramApplication } from './program-application.object';
import { ProgramApplicationConnection } from './program-connections';
import { ProgramMatch } from './program-match.object';
import { ProgramPlan, WorkbookItem } from './program-plan.object';
import { ProgramLoaders } from './program.loaders';
import { ProgramApplicationsArgs } from './programs.args';

const EMPTY = { edges: [], nodes: [], pageInfo: { hasNextPage: false, endCursor: null } };

@Resolver(() => MentorshipProgram)
export class ProgramFieldsResolver {
  constructor(
    private readonly communityLoaders: CommunityLoaders,
    private readonly programLoaders: ProgramLoaders,
    private readonly applicationsService: ProgramApplicationsService,
    private readonly matching: ProgramMatchingService,
  ) {}

  @ResolveField(() => Community)
  async community(@Parent() program: MentorshipProgram, @Loaders() loaders: RequestLoaders): Promise<Community | null> {
    const community = await loaders.for(this.communityLoaders).byId.load(program.communityId);
    return community && Community.from(community);
  }

  @ResolveField(() => ProgramPlan, { description: 'The plan every room of the program starts with.' })
  async plan(@Parent() program: MentorshipProgram, @Loaders() loaders: RequestLoaders): Promise<ProgramPlan> {
    const items = await loaders.for(this.programLoaders).workbook.load(program.id);
    return { goals: program.planGoals, cadenceDays: program.planCadenceDays, workbook: items.map((i) => WorkbookItem.from(i)) };
  }

  @ResolveField(() => ProgramApplication, { nullable: true })
  async viewerApplication(@Parent() program: MentorshipProgram, @Loaders() loaders: RequestLoaders): Promise<ProgramApplication | null> {
    const application = await loaders.for(this.programLoaders).viewerApplication.load(program.id);
    return application && ProgramApplication.from(application);
  }

  @ResolveField(() => ProgramApplicationConnection, { description: 'Managers only; empty for everyone else.' })
  async applications(@Parent() program: MentorshipProgram, @Args() args: ProgramApplicationsArgs): Promise<Connection<ProgramApplication>> {
    if (!program.viewerIsManager) return EMPTY;
    const after = args.after ? decodeCursor(args.after, 1)[0] : undefined;
    const page = await this.applicationsService.list(program.id, { role: args.role, status: args.status }, { first: args.first, after });
    return toConnection(
      page,
      (a) => encodeCursor([a.id]),
      (a) => ProgramApplication.from(a),
    );
  }

  @ResolveField(() => [ProgramMatch], { description: 'Managers see every match; a participant sees their own; others see none.' })
  async matches(@Parent() program: MentorshipProgram, @OptionalViewer() viewer: Viewer | null): Promise<ProgramMatch[]> {
    if (!viewer) return [];
    const matches = await this.matching.list(program.id);
    const shown = program.viewerIsManager
      ? matches
      : matches.filter((m) => m.publishedAt !== null && (m.mentorId === viewer.userId || m.menteeId === viewer.userId));
    return shown.map((m) => ProgramMatch.from(m));
  }
}
