import { Field, ID, ObjectType } from '@nestjs/graphql';
import { RoomMessageEntity } from '@kindling/mentorship';

@ObjectType('RoomMessage')
export class RoomMessage {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  roomId: string;

  @Field()
  body: string;

  @Field()
  createdAt: Date;

  authorId: string;

  static from(entity: RoomMessageEntity): RoomMessage {
    return Object.assign(new RoomMessage(), {
      id: entity.id,
      roomId: entity.roomId,
      body: entity.body,
      createdAt: entity.createdAt,
      authorId: entity.authorId,
    });
  }
}
