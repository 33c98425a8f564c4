import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ProgramHealthService, ProgramMatchingService, ProgramsService } from '@kindling/programs';
import { MentorshipProgram } from './mentorship-program.object';
import { ProgramHealth } from './program-health.object';

@Resolver(() => MentorshipProgram)
export class ProgramHealthResolver {
  constructor(
    private readonly programs: ProgramsService,
    private readonly matching: ProgramMatchingService,
    private readonly healthService: ProgramHealthService,
  ) {}

  @ResolveField(() => ProgramHealth, { nullable: true, description: 'Managers only; null for everyone else.' })
  async health(@Parent() program: MentorshipProgram): Promise<ProgramHealth | null> {
    if (!program.viewerIsManager) return null;
    const [entity] = await this.programs.findByIds([program.id]);
    if (!entity) return null;
    return ProgramHealth.from(await this.healthService.summary(entity, await this.matching.list(program.id)));
  }
}
