import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { ProgramHealthSummary } from '@kindling/programs';

@ObjectType('ProgramHealth')
export class ProgramHealth {
  @Field(() => Int)
  matchedMentees: number;

  @Field(() => Int, { description: 'Accepted mentees with no match (no mentor capacity left, or excluded).' })
  unmatchedMentees: number;

  @Field(() => Int)
  healthy: number;

  @Field(() => Int)
  quiet: number;

  @Field(() => Int)
  atRisk: number;

  @Field(() => Int)
  sessionsHeld: number;

  @Field(() => Int)
  goalsDone: number;

  @Field(() => Float, { nullable: true, description: 'Mean of the latest check-in rating of each room; null without check-ins.' })
  averageCheckIn: number | null;

  static from(summary: ProgramHealthSummary): ProgramHealth {
    return Object.assign(new ProgramHealth(), summary);
  }
}
