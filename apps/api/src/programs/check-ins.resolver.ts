import { Args, ID, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CheckInsService } from '@kindling/programs';
import { RequestLoaders } from '../graphql/context/request-loaders';
import { CurrentViewer, Loaders } from '../graphql/context/viewer.decorator';
import type { Viewer } from '../graphql/context/viewer';
import { IdPipe } from '../graphql/validation/id.pipe';
import { User } from '../users/user.object';
import { UserLoaders } from '../users/user.loaders';
import { CheckIn } from './check-in.object';

@Resolver(() => CheckIn)
export class CheckInsResolver {
  constructor(
    private readonly checkIns: CheckInsService,
    private readonly userLoaders: UserLoaders,
  ) {}

  @Mutation(() => CheckIn, { description: 'A participant of the room; at most one per member, room and day.' })
  async submitCheckIn(
    @CurrentViewer() viewer: Viewer,
    @Args('roomId', { type: () => ID }, IdPipe) roomId: string,
    @Args('rating', { type: () => Int }) rating: number,
    @Args('note', { type: () => String, nullable: true }) note?: string | null,
  ): Promise<CheckIn> {
    return CheckIn.from(await this.checkIns.submit(viewer.userId, roomId, rating, note));
  }

  @ResolveField(() => User)
  author(@Parent() checkIn: CheckIn, @Loaders() loaders: RequestLoaders): Promise<User | null> {
    return this.userLoaders.loadUser(loaders, checkIn.authorId);
  }
}
