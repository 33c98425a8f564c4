import { Field, ObjectType } from '@nestjs/graphql';
import { MentorshipRoomEntity } from '@kindling/mentorship';

@ObjectType('RoomAgreement')
export class RoomAgreement {
  @Field(() => String, { nullable: true })
  goals: string | null;

  @Field(() => String, { nullable: true })
  cadence: string | null;

  @Field(() => String, { nullable: true })
  expectations: string | null;

  @Field(() => Date, { nullable: true })
  updatedAt: Date | null;

  static from(room: MentorshipRoomEntity): RoomAgreement {
    return Object.assign(new RoomAgreement(), {
      goals: room.agreementGoals,
      cadence: room.agreementCadence,
      expectations: room.agreementExpectations,
      updatedAt: room.agreementUpdatedAt,
    });
  }
}
