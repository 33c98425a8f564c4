import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { ProgramMatchEntity } from '@kindling/programs';

@ObjectType('ProgramMatch')
export class ProgramMatch {
  @Field(() => ID)
  id: string;

  @Field(() => Float, { description: '0..1, as in mentor matching.' })
  score: number;

  @Field(() => [String])
  reasons: string[];

  @Field({ description: 'False while proposed; true once published.' })
  published: boolean;

  mentorId: string;
  menteeId: string;
  roomId: string | null;

  static from(entity: ProgramMatchEntity): ProgramMatch {
    return Object.assign(new ProgramMatch(), {
      id: entity.id,
      score: entity.score,
      reasons: entity.reasons,
      published: entity.publishedAt !== null,
      mentorId: entity.mentorId,
      menteeId: entity.menteeId,
      roomId: entity.roomId,
    });
  }
}
