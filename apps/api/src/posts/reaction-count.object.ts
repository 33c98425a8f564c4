import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ReactionType } from '@kindling/posts';

registerEnumType(ReactionType, { name: 'ReactionType' });

@ObjectType('ReactionCount')
export class ReactionCount {
  @Field(() => ReactionType)
  type: ReactionType;

  @Field(() => Int)
  count: number;
}
