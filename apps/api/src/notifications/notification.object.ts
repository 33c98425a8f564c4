import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { NotificationEntity, NotificationType } from '@kindling/notifications';

registerEnumType(NotificationType, { name: 'NotificationType' });

@ObjectType('Notification', {
  description: 'One notification groups what several actors did to one subject ("Ana and 4 others cheered your update").',
})
export class Notification {
  @Field(() => ID)
  id: string;

  @Field(() => NotificationType)
  type: NotificationType;

  @Field(() => Int)
  actorCount: number;

  @Field(() => Date, { nullable: true })
  readAt: Date | null;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  /** Subject ids, resolved (and visibility-checked) by each feature's field resolver. */
  communityId: string | null;
  postId: string | null;
  commentId: string | null;
  threadId: string | null;
  roomId: string | null;
  roadmapId: string | null;
  jobId: string | null;
  mentorshipRequestId: string | null;
  programId: string | null;

  static from(entity: NotificationEntity): Notification {
    return Object.assign(new Notification(), {
      id: entity.id,
      type: entity.type,
      actorCount: entity.actorCount,
      readAt: entity.readAt,
      createdAt: entity.createdAt,
      updatedAt: entity.updatedAt,
      communityId: entity.communityId,
      postId: entity.postId,
      commentId: entity.commentId,
      threadId: entity.threadId,
      roomId: entity.roomId,
      roadmapId: entity.roadmapId,
      jobId: entity.jobId,
      mentorshipRequestId: entity.mentorshipRequestId,
      programId: entity.programId,
    });
  }
}
