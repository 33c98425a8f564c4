import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ThreadsService } from '@kindling/threads';
import { CurrentViewer, OptionalViewer } from '../graphql/context/viewer.decorator';
import type { Viewer } from '../graphql/context/viewer';
import { IdPipe } from '../graphql/validation/id.pipe';
import { CreateThreadInput } from './create-thread.input';
import { GrowthThread } from './thread.object';
import { UpdateThreadInput } from './update-thread.input';
import { WriteLimit } from '../graphql/rate-limits/write-limit.decorator';

@Resolver(() => GrowthThread)
export class ThreadsResolver {
  constructor(private readonly threads: ThreadsService) {}

  @Query(() => GrowthThread, { nullable: true })
  async thread(@OptionalViewer() viewer: Viewer | null, @Args('id', { type: () => ID }) id: string): Promise<GrowthThread | null> {
    const thread = await this.threads.findVisible(viewer?.userId ?? null, id);
    return thread && GrowthThread.from(thread);
  }

  @Mutation(() => GrowthThread)
  @WriteLimit('threads')
  async createThread(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateThreadInput): Promise<GrowthThread> {
    return GrowthThread.from(await this.threads.create(viewer.userId, input));
  }

  @Mutation(() => GrowthThread)
  async updateThread(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }, IdPipe) id: string,
    @Args('input') input: UpdateThreadInput,
  ): Promise<GrowthThread> {
    return GrowthThread.from(await this.threads.update(viewer.userId, id, input));
  }

  @Mutation(() => GrowthThread)
  async subscribeToThread(
    @CurrentViewer() viewer: Viewer,
    @Args('threadId', { type: () => ID }, IdPipe) threadId: string,
  ): Promise<GrowthThread> {
    return GrowthThread.from(await this.threads.subscribe(viewer.userId, threadId));
  }

  @Mutation(() => GrowthThread)
  async unsubscribeFromThread(
    @CurrentViewer() viewer: Viewer,
    @Args('threadId', { type: () => ID }, IdPipe) threadId: string,
  ): Promise<GrowthThread> {
    return GrowthThread.from(await this.threads.unsubscribe(viewer.userId, threadId));
  }
}
