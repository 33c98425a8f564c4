import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ProgramPublishingService, ProgramsService } from '@kindling/programs';
import { CurrentViewer, OptionalViewer } from '../graphql/context/viewer.decorator';
import type { Viewer } from '../graphql/context/viewer';
import { ConnectionArgs } from '../graphql/pagination/connection.args';
import { Connection, toConnection } from '../graphql/pagination/connection.types';
import { decodeCursor, encodeCursor } from '../graphql/pagination/cursor';
import { IdPipe } from '../graphql/validation/id.pipe';
import { MentorshipProgram } from './mentorship-program.object';
import { MentorshipProgramConnection } from './program-connections';
import { CreateProgramInput, UpdateProgramInput } from './program.input';
import { ProgramStatus } from './programs-enums.graphql';

@Resolver(() => MentorshipProgram)
export class ProgramsResolver {
  constructor(
    private readonly programs: ProgramsService,
    private readonly publishing: ProgramPublishingService,
  ) {}

  @Query(() => MentorshipProgram, { nullable: true })
  async program(
    @OptionalViewer() viewer: Viewer | null,
    @Args('id', { type: () => ID }, IdPipe) id: string,
  ): Promise<MentorshipProgram | null> {
    const access = await this.programs.find(viewer?.userId ?? null, id);
    return access && MentorshipProgram.from(access);
  }

  @Query(() => MentorshipProgramConnection, { description: 'Programs the viewer applied to or manages.' })
  async myPrograms(@CurrentViewer() viewer: Viewer, @Args() args: ConnectionArgs): Promise<Connection<MentorshipProgram>> {
    const after = args.after ? decodeCursor(args.after, 1)[0] : undefined;
    const page = await this.programs.listMine(viewer.userId, { first: args.first, after });
    return toConnection(
      page,
      (a) => encodeCursor([a.program.id]),
      (a) => MentorshipProgram.from(a),
    );
  }

  @Mutation(() => MentorshipProgram, { description: 'Community owners and moderators only.' })
  async createProgram(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateProgramInput): Promise<MentorshipProgram> {
    return MentorshipProgram.from({ program: await this.programs.create(viewer.userId, input), manager: true });
  }

  @Mutation(() => MentorshipProgram)
  async updateProgram(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }, IdPipe) id: string,
    @Args('input') input: UpdateProgramInput,
  ): Promise<MentorshipProgram> {
    return MentorshipProgram.from({ program: await this.programs.update(viewer.userId, id, input), manager: true });
  }

  @Mutation(() => MentorshipProgram, { description: 'DRAFT → OPEN → MATCHING → ACTIVE → COMPLETED; one step forward at a time.' })
  async setProgramStatus(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }, IdPipe) id: string,
    @Args('status', { type: () => ProgramStatus }) status: ProgramStatus,
  ): Promise<MentorshipProgram> {
    return MentorshipProgram.from({ program: await this.programs.setStatus(viewer.userId, id, status), manager: true });
  }

  @Mutation(() => MentorshipProgram, {
    description: "Opens one room per match with the plan's goals and workbook, notifies both, moves the program to ACTIVE.",
  })
  async publishProgramMatches(
    @CurrentViewer() viewer: Viewer,
    @Args('programId', { type: () => ID }, IdPipe) programId: string,
  ): Promise<MentorshipProgram> {
    return MentorshipProgram.from({ program: await this.publishing.publish(viewer.userId, programId), manager: true });
  }
}
