import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ProgramsService } from '@kindling/programs';
import { Community } from '../communities/community.object';
import { OptionalViewer } from '../graphql/context/viewer.decorator';
import type { Viewer } from '../graphql/context/viewer';
import { Connection, toConnection } from '../graphql/pagination/connection.types';
import { decodeCursor, encodeCursor } from '../graphql/pagination/cursor';
import { MentorshipProgram } from './mentorship-program.object';
import { MentorshipProgramConnection } from './program-connections';
import { ProgramsArgs } from './programs.args';

@Resolver(() => Community)
export class CommunityProgramsResolver {
  constructor(private readonly programsService: ProgramsService) {}

  /** Empty for a private community the viewer is not an ACTIVE member of; DRAFTs for managers only. */
  @ResolveField(() => MentorshipProgramConnection)
  async programs(
    @Parent() community: Community,
    @Args() args: ProgramsArgs,
    @OptionalViewer() viewer: Viewer | null,
  ): Promise<Connection<MentorshipProgram>> {
    const after = args.after ? decodeCursor(args.after, 1)[0] : undefined;
    const { page, manager } = await this.programsService.listForCommunity(viewer?.userId ?? null, community.id, args.status, {
      first: args.first,
      after,
    });
    return toConnection(
      page,
      (p) => encodeCursor([p.id]),
      (program) => MentorshipProgram.from({ program, manager }),
    );
  }
}
