import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ActionItemEntity } from '@kindling/mentorship';

@ObjectType('ActionItem')
export class ActionItem {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field()
  done: boolean;

  assigneeId: string;

  static from(entity: ActionItemEntity): ActionItem {
    return Object.assign(new ActionItem(), { id: entity.id, title: entity.title, done: entity.done, assigneeId: entity.assigneeId });
  }
}
