import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { RequestLoaders } from '../graphql/context/request-loaders';
import { Loaders } from '../graphql/context/viewer.decorator';
import { MentorshipRoom } from '../mentorship/mentorship-room.object';
import { ProgramLoaders } from './program.loaders';
import { MatchHealth } from './programs-enums.graphql';

@Resolver(() => MentorshipRoom)
export class RoomHealthResolver {
  constructor(private readonly programLoaders: ProgramLoaders) {}

  /** Null outside programs; the room reached the viewer only if they are a participant. */
  @ResolveField(() => MatchHealth, { nullable: true })
  async health(@Parent() room: MentorshipRoom, @Loaders() loaders: RequestLoaders): Promise<MatchHealth | null> {
    const match = await loaders.for(this.programLoaders).matchByRoom.load(room.id);
    return match ? await loaders.for(this.programLoaders).healthByMatch.load(match.id) : null;
  }
}
