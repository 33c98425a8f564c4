import { Field, ID, ObjectType } from '@nestjs/graphql';
import { MentorshipRoomEntity } from '@kindling/mentorship';
import { RoomStatus } from './mentorship-enums.graphql';
import { RoomAgreement } from './room-agreement.object';

/** Only ever built for one of the room's two participants: every path to a room checks that first. */
@ObjectType('MentorshipRoom', { description: 'A private 1:1 space for one mentor and one mentee. Nobody else can see it.' })
export class MentorshipRoom {
  @Field(() => ID)
  id: string;

  @Field(() => RoomStatus)
  status: RoomStatus;

  @Field()
  createdAt: Date;

  @Field(() => RoomAgreement)
  agreement: RoomAgreement;

  mentorId: string;
  menteeId: string;
  enrollmentId: string | null;

  static from(entity: MentorshipRoomEntity): MentorshipRoom {
    return Object.assign(new MentorshipRoom(), {
      id: entity.id,
      status: entity.status,
      createdAt: entity.createdAt,
      agreement: RoomAgreement.from(entity),
      mentorId: entity.mentorId,
      menteeId: entity.menteeId,
      enrollmentId: entity.enrollmentId,
    });
  }
}
