import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { WorkbookService } from '@kindling/programs';
import { RequestLoaders } from '../graphql/context/request-loaders';
import { CurrentViewer, Loaders } from '../graphql/context/viewer.decorator';
import type { Viewer } from '../graphql/context/viewer';
import { IdPipe } from '../graphql/validation/id.pipe';
import { MentorshipRoom } from '../mentorship/mentorship-room.object';
import { ProgramLoaders } from './program.loaders';
import { WorkbookEntry } from './workbook-entry.object';

@Resolver(() => MentorshipRoom)
export class WorkbookResolver {
  constructor(
    private readonly workbookService: WorkbookService,
    private readonly programLoaders: ProgramLoaders,
  ) {}

  @Mutation(() => WorkbookEntry, { description: "The room's mentee." })
  async updateWorkbookEntry(
    @CurrentViewer() viewer: Viewer,
    @Args('roomId', { type: () => ID }, IdPipe) roomId: string,
    @Args('itemId', { type: () => ID }, IdPipe) itemId: string,
    @Args('response', { type: () => String, nullable: true }) response?: string | null,
    @Args('done', { type: () => Boolean, nullable: true }) done?: boolean | null,
  ): Promise<WorkbookEntry> {
    return WorkbookEntry.from(await this.workbookService.update(viewer.userId, roomId, itemId, response, done));
  }

  /** The room reached the viewer only if they are one of its two participants. */
  @ResolveField(() => [WorkbookEntry], { description: "The mentee's workbook from the program's plan; empty outside programs." })
  async workbook(@Parent() room: MentorshipRoom, @Loaders() loaders: RequestLoaders): Promise<WorkbookEntry[]> {
    return (await loaders.for(this.programLoaders).workbookByRoom.load(room.id)).map((row) => WorkbookEntry.from(row));
  }
}
