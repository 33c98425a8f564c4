import { Field, ObjectType } from '@nestjs/graphql';
import { WorkbookRow } from '@kindling/programs';
import { WorkbookItem } from './program-plan.object';

@ObjectType('WorkbookEntry')
export class WorkbookEntry {
  @Field(() => WorkbookItem)
  item: WorkbookItem;

  @Field(() => String, { nullable: true, description: "The mentee's response." })
  response: string | null;

  @Field(() => Date, { nullable: true })
  completedAt: Date | null;

  static from({ item, entry }: WorkbookRow): WorkbookEntry {
    return Object.assign(new WorkbookEntry(), {
      item: WorkbookItem.from(item),
      response: entry?.response ?? null,
      completedAt: entry?.completedAt ?? null,
    });
  }
}
