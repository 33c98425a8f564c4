import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ProgramApplicationsService } from '@kindling/programs';
import { RequestLoaders } from '../graphql/context/request-loaders';
import { CurrentViewer, Loaders } from '../graphql/context/viewer.decorator';
import type { Viewer } from '../graphql/context/viewer';
import { IdPipe } from '../graphql/validation/id.pipe';
import { User } from '../users/user.object';
import { UserLoaders } from '../users/user.loaders';
import { ApplyToProgramInput } from './apply-to-program.input';
import { MentorshipProgram } from './mentorship-program.object';
import { ProgramApplication } from './program-application.object';
import { ProgramLoaders } from './program.loaders';

@Resolver(() => ProgramApplication)
export class ProgramApplicationsResolver {
  constructor(
    private readonly applications: ProgramApplicationsService,
    private readonly programLoaders: ProgramLoaders,
    private readonly userLoaders: UserLoaders,
  ) {}

  @Mutation(() => ProgramApplication, {
    description: 'While OPEN; one application per member and program; mentees need an active membership of the community.',
  })
  async applyToProgram(@CurrentViewer() viewer: Viewer, @Args('input') input: ApplyToProgramInput): Promise<ProgramApplication> {
    return ProgramApplication.from(await this.applications.apply(viewer.userId, input));
  }

  @Mutation(() => ProgramApplication)
  async withdrawProgramApplication(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }, IdPipe) id: string,
  ): Promise<ProgramApplication> {
    return ProgramApplication.from(await this.applications.withdraw(viewer.userId, id));
  }

  @Mutation(() => ProgramApplication)
  async reviewProgramApplication(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }, IdPipe) id: string,
    @Args('accept', { type: () => Boolean }) accept: boolean,
  ): Promise<ProgramApplication> {
    return ProgramApplication.from(await this.applications.review(viewer.userId, id, accept));
  }

  /** Applications reach only their applicant and the managers, who both see the program. */
  @ResolveField(() => MentorshipProgram)
  async program(@Parent() application: ProgramApplication, @Loaders() loaders: RequestLoaders): Promise<MentorshipProgram | null> {
    const access = await loaders.for(this.programLoaders).visibleById.load(application.programId);
    return access && MentorshipProgram.from(access);
  }

  @ResolveField(() => User)
  applicant(@Parent() application: ProgramApplication, @Loaders() loaders: RequestLoaders): Promise<User | null> {
    return this.userLoaders.loadUser(loaders, application.applicantId);
  }
}
