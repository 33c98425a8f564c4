import { Field, ID, ObjectType } from '@nestjs/graphql';
import { RoomGoalEntity } from '@kindling/mentorship';
import { GoalStatus } from './mentorship-enums.graphql';

@ObjectType('RoomGoal')
export class RoomGoal {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => GoalStatus)
  status: GoalStatus;

  @Field(() => Date, { nullable: true })
  dueAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the goal reached DONE; null while it is not DONE.' })
  completedAt: Date | null;

  static from(entity: RoomGoalEntity): RoomGoal {
    return Object.assign(new RoomGoal(), {
      id: entity.id,
      title: entity.title,
      description: entity.description,
      status: entity.status,
      dueAt: entity.dueAt,
      completedAt: entity.completedAt,
    });
  }
}
