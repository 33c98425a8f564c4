import { Field, Int, ObjectType } from '@nestjs/graphql';
import { RoomFeedbackEntity } from '@kindling/mentorship';

@ObjectType('RoomFeedback', {
  description: "A participant's closing feedback. The mentee's rating rates the mentor; the mentor's stays in the room and rates no one.",
})
export class RoomFeedback {
  @Field(() => Int, { description: '1..5' })
  rating: number;

  @Field(() => String, { nullable: true })
  comment: string | null;

  @Field()
  createdAt: Date;

  authorId: string;

  static from(entity: RoomFeedbackEntity): RoomFeedback {
    return Object.assign(new RoomFeedback(), {
      rating: entity.rating,
      comment: entity.comment,
      createdAt: entity.createdAt,
      authorId: entity.authorId,
    });
  }
}
