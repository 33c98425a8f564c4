import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { ActionItemsService } from '@kindling/mentorship';
import { CurrentViewer } from '../graphql/context/viewer.decorator';
import type { Viewer } from '../graphql/context/viewer';
import { IdPipe } from '../graphql/validation/id.pipe';
import { ActionItem } from './action-item.object';

@Resolver(() => ActionItem)
export class ActionItemsResolver {
  constructor(private readonly items: ActionItemsService) {}

  @Mutation(() => ActionItem, { description: 'The assignee or the mentor of the room.' })
  async setActionItemDone(
    @CurrentViewer() viewer: Viewer,
    @Args('actionItemId', { type: () => ID }, IdPipe) actionItemId: string,
    @Args('done') done: boolean,
  ): Promise<ActionItem> {
    return ActionItem.from(await this.items.setDone(viewer.userId, actionItemId, done));
  }
}
