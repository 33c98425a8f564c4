import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { CheckInEntity } from '@kindling/programs';

@ObjectType('CheckIn')
export class CheckIn {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: '1 (struggling) .. 5 (going great).' })
  rating: number;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field()
  createdAt: Date;

  authorId: string;

  static from(entity: CheckInEntity): CheckIn {
    return Object.assign(new CheckIn(), {
      id: entity.id,
      rating: entity.rating,
      note: entity.note,
      createdAt: entity.createdAt,
      authorId: entity.authorId,
    });
  }
}
