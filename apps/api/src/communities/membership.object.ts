import { Field, ID, ObjectType } from '@nestjs/graphql';
import { MembershipEntity } from '@kindling/communities';
import { CommunityRole, MembershipStatus } from './community-enums.graphql';

@ObjectType('Membership')
export class Membership {
  @Field(() => ID)
  id: string;

  @Field(() => CommunityRole)
  role: CommunityRole;

  @Field(() => MembershipStatus)
  status: MembershipStatus;

  @Field()
  createdAt: Date;

  userId: string;
  communityId: string;

  static from(entity: MembershipEntity): Membership {
    return Object.assign(new Membership(), {
      id: entity.id,
      role: entity.role,
      status: entity.status,
      createdAt: entity.createdAt,
      userId: entity.userId,
      communityId: entity.communityId,
    });
  }
}
