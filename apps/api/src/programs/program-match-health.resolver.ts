import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { RequestLoaders } from '../graphql/context/request-loaders';
import { Loaders } from '../graphql/context/viewer.decorator';
import { ProgramMatch } from './program-match.object';
import { ProgramLoaders } from './program.loaders';
import { MatchHealth } from './programs-enums.graphql';

@Resolver(() => ProgramMatch)
export class ProgramMatchHealthResolver {
  constructor(private readonly programLoaders: ProgramLoaders) {}

  /** HEALTHY while only proposed. */
  @ResolveField(() => MatchHealth)
  async health(@Parent() match: ProgramMatch, @Loaders() loaders: RequestLoaders): Promise<MatchHealth> {
    return (await loaders.for(this.programLoaders).healthByMatch.load(match.id)) ?? MatchHealth.HEALTHY;
  }
}
