import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { MentorshipSessionEntity } from '@kindling/mentorship';
import { SessionStatus } from './mentorship-enums.graphql';

@ObjectType('MentorshipSession')
export class MentorshipSession {
  @Field(() => ID)
  id: string;

  @Field()
  scheduledAt: Date;

  @Field(() => Int)
  durationMinutes: number;

  @Field(() => String, { nullable: true })
  agenda: string | null;

  @Field(() => String, { nullable: true })
  notes: string | null;

  @Field(() => SessionStatus)
  status: SessionStatus;

  roomId: string;

  static from(entity: MentorshipSessionEntity): MentorshipSession {
    return Object.assign(new MentorshipSession(), {
      id: entity.id,
      scheduledAt: entity.scheduledAt,
      durationMinutes: entity.durationMinutes,
      agenda: entity.agenda,
      notes: entity.notes,
      status: entity.status,
      roomId: entity.roomId,
    });
  }
}
