import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { MentorMatchingService, MentorProfilesService } from '@kindling/mentorship';
import { CurrentViewer, OptionalViewer } from '../graphql/context/viewer.decorator';
import type { Viewer } from '../graphql/context/viewer';
import { Connection, toConnection } from '../graphql/pagination/connection.types';
import { decodeCursor, encodeCursor } from '../graphql/pagination/cursor';
import { MentorMatch } from './mentor-match.object';
import { MentorMatchesArgs } from './mentor-matches.args';
import { MentorProfileInput } from './mentor-profile.input';
import { MentorProfile } from './mentor-profile.object';
import { MentorProfileConnection } from './mentor-profile-connection';
import { MentorsArgs } from './mentors.args';

@Resolver(() => MentorProfile)
export class MentorProfilesResolver {
  constructor(
    private readonly profiles: MentorProfilesService,
    private readonly matching: MentorMatchingService,
  ) {}

  @Mutation(() => MentorProfile)
  async upsertMentorProfile(@CurrentViewer() viewer: Viewer, @Args('input') input: MentorProfileInput): Promise<MentorProfile> {
    return MentorProfile.from(await this.profiles.upsert(viewer.userId, input));
  }

  @Query(() => MentorProfileConnection, {
    description: 'Newest profiles first; by default only mentors accepting mentees with an open slot.',
  })
  async mentors(@OptionalViewer() viewer: Viewer | null, @Args() args: MentorsArgs): Promise<Connection<MentorProfile>> {
    const after = args.after ? decodeCursor(args.after, 1)[0] : undefined;
    const page = await this.profiles.search(viewer?.userId ?? null, args.filter ?? {}, { first: args.first, after });
    return toConnection(
      page,
      (p) => encodeCursor([p.id]),
      (p) => MentorProfile.from(p),
    );
  }

  @Query(() => [MentorMatch])
  async mentorMatches(@CurrentViewer() viewer: Viewer, @Args() args: MentorMatchesArgs): Promise<MentorMatch[]> {
    const matches = await this.matching.matches(viewer.userId, args.limit);
    return matches.map((m) =>
      Object.assign(new MentorMatch(), { mentor: MentorProfile.from(m.profile), score: m.score, reasons: m.reasons }),
    );
  }
}
