import { Field, ID, ObjectType } from '@nestjs/graphql';
import { MentorshipRequestEntity } from '@kindling/mentorship';
import { MentorshipRequestStatus } from './mentorship-enums.graphql';

@ObjectType('MentorshipRequest')
export class MentorshipRequest {
  @Field(() => ID)
  id: string;

  @Field()
  message: string;

  @Field(() => [String])
  goals: string[];

  @Field(() => MentorshipRequestStatus)
  status: MentorshipRequestStatus;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  respondedAt: Date | null;

  @Field(() => String, { nullable: true })
  responseNote: string | null;

  menteeId: string;
  mentorId: string;
  roomId: string | null;

  static from(entity: MentorshipRequestEntity): MentorshipRequest {
    return Object.assign(new MentorshipRequest(), {
      id: entity.id,
      message: entity.message,
      goals: entity.goals,
      status: entity.status,
      createdAt: entity.createdAt,
      respondedAt: entity.respondedAt,
      responseNote: entity.responseNote,
      menteeId: entity.menteeId,
      mentorId: entity.mentorId,
      roomId: entity.roomId,
    });
  }
}
