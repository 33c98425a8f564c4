import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { WorkbookItemEntity } from '@kindling/programs';

@ObjectType('WorkbookItem')
export class WorkbookItem {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: 'Week of the program, from 1.' })
  week: number;

  @Field()
  title: string;

  @Field()
  instructions: string;

  static from(entity: WorkbookItemEntity): WorkbookItem {
    return Object.assign(new WorkbookItem(), { id: entity.id, week: entity.week, title: entity.title, instructions: entity.instructions });
  }
}

@ObjectType('ProgramPlan')
export class ProgramPlan {
  @Field(() => [String], { description: 'Goals added to every room when it opens.' })
  goals: string[];

  @Field(() => Int, { nullable: true, description: 'Suggested days between sessions.' })
  cadenceDays: number | null;

  @Field(() => [WorkbookItem], { description: 'Exercises and worksheets for the mentee, by week.' })
  workbook: WorkbookItem[];
}
