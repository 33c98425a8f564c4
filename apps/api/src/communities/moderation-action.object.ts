import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ModerationActionEntity } from '@kindling/communities';
import { ModerationActionType } from './community-enums.graphql';

@ObjectType('ModerationAction')
export class ModerationAction {
  @Field(() => ID)
  id: string;

  @Field(() => ModerationActionType)
  type: ModerationActionType;

  @Field(() => String, { nullable: true })
  reason: string | null;

  @Field()
  createdAt: Date;

  moderatorId: string;
  targetUserId: string | null;

  static from(entity: ModerationActionEntity): ModerationAction {
    return Object.assign(new ModerationAction(), {
      id: entity.id,
      type: entity.type,
      reason: entity.reason,
      createdAt: entity.createdAt,
      moderatorId: entity.moderatorId,
      targetUserId: entity.targetUserId,
    });
  }
}
