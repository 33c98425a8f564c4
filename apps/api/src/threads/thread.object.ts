import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ThreadEntity, ThreadStatus } from '@kindling/threads';

registerEnumType(ThreadStatus, { name: 'ThreadStatus' });

@ObjectType('GrowthThread', { description: "A member's public journal toward one goal: a series of progress posts." })
export class GrowthThread {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  goal: string | null;

  @Field(() => ThreadStatus)
  status: ThreadStatus;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  @Field(() => Int)
  postCount: number;

  @Field(() => Int)
  subscriberCount: number;

  authorId: string;
  communityId: string | null;

  static from(entity: ThreadEntity): GrowthThread {
    return Object.assign(new GrowthThread(), {
      id: entity.id,
      title: entity.title,
      goal: entity.goal,
      status: entity.status,
      createdAt: entity.createdAt,
      updatedAt: entity.updatedAt,
      postCount: entity.postCount,
      subscriberCount: entity.subscriberCount,
      authorId: entity.authorId,
      communityId: entity.communityId,
    });
  }
}
