import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { PROGRAM_LIMITS } from '@kindling/programs';
import { RequestLoaders } from '../graphql/context/request-loaders';
import { Loaders } from '../graphql/context/viewer.decorator';
import { MentorshipRoom } from '../mentorship/mentorship-room.object';
import { CheckIn } from './check-in.object';
import { MentorshipProgram } from './mentorship-program.object';
import { ProgramLoaders } from './program.loaders';

@Resolver(() => MentorshipRoom)
export class RoomProgramResolver {
  constructor(private readonly programLoaders: ProgramLoaders) {}

  /** The room reached the viewer only if they are one of its participants. */
  @ResolveField(() => [CheckIn], { description: "Newest first; both participants and the program's managers see them." })
  async checkIns(@Parent() room: MentorshipRoom, @Loaders() loaders: RequestLoaders): Promise<CheckIn[]> {
    const newestFirst = await loaders.for(this.programLoaders).checkInsByRoom.load(room.id);
    return newestFirst.slice(0, PROGRAM_LIMITS.checkInsShown).map((c) => CheckIn.from(c));
  }

  @ResolveField(() => MentorshipProgram, { nullable: true, description: 'The program that opened this room, if any.' })
  async program(@Parent() room: MentorshipRoom, @Loaders() loaders: RequestLoaders): Promise<MentorshipProgram | null> {
    const match = await loaders.for(this.programLoaders).matchByRoom.load(room.id);
    const access = match ? await loaders.for(this.programLoaders).visibleById.load(match.programId) : null;
    return access && MentorshipProgram.from(access);
  }
}
