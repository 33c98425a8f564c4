import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ProgramMatchingService } from '@kindling/programs';
import { RequestLoaders } from '../graphql/context/request-loaders';
import { CurrentViewer, Loaders } from '../graphql/context/viewer.decorator';
import type { Viewer } from '../graphql/context/viewer';
import { IdPipe } from '../graphql/validation/id.pipe';
import { User } from '../users/user.object';
import { UserLoaders } from '../users/user.loaders';
import { MentorshipRoom } from '../mentorship/mentorship-room.object';
import { ProgramMatch } from './program-match.object';
import { ProgramLoaders } from './program.loaders';

@Resolver(() => ProgramMatch)
export class ProgramMatchesResolver {
  constructor(
    private readonly matching: ProgramMatchingService,
    private readonly userLoaders: UserLoaders,
    private readonly programLoaders: ProgramLoaders,
  ) {}

  @Mutation(() => [ProgramMatch], {
    description:
      'While MATCHING: replaces unpublished matches with the assignment of accepted mentees to accepted mentors that maximizes the total score, no mentor over capacity, no one paired with a member they blocked or who blocked them.',
  })
  async proposeProgramMatches(
    @CurrentViewer() viewer: Viewer,
    @Args('programId', { type: () => ID }, IdPipe) programId: string,
  ): Promise<ProgramMatch[]> {
    return (await this.matching.propose(viewer.userId, programId)).map((m) => ProgramMatch.from(m));
  }

  @Mutation(() => ProgramMatch, {
    description:
      "While MATCHING: pairs a mentee with a mentor by hand (replacing the mentee's proposed match); the mentor's capacity still holds.",
  })
  async setProgramMatch(
    @CurrentViewer() viewer: Viewer,
    @Args('programId', { type: () => ID }, IdPipe) programId: string,
    @Args('menteeId', { type: () => ID }, IdPipe) menteeId: string,
    @Args('mentorId', { type: () => ID }, IdPipe) mentorId: string,
  ): Promise<ProgramMatch> {
    return ProgramMatch.from(await this.matching.setMatch(viewer.userId, programId, menteeId, mentorId));
  }

  @ResolveField(() => MentorshipRoom, { nullable: true, description: "The pair's room, once published." })
  async room(@Parent() match: ProgramMatch, @Loaders() loaders: RequestLoaders): Promise<MentorshipRoom | null> {
    // Only its two participants see a room; managers see the match, never the room.
    const room = match.roomId ? await loaders.for(this.programLoaders).visibleRoom.load(match.roomId) : null;
    return room && MentorshipRoom.from(room);
  }

  @ResolveField(() => User)
  mentor(@Parent() match: ProgramMatch, @Loaders() loaders: RequestLoaders): Promise<User | null> {
    return this.userLoaders.loadUser(loaders, match.mentorId);
  }

  @ResolveField(() => User)
  mentee(@Parent() match: ProgramMatch, @Loaders() loaders: RequestLoaders): Promise<User | null> {
    return this.userLoaders.loadUser(loaders, match.menteeId);
  }
}
