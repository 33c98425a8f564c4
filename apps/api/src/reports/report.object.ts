import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ReportEntity } from '@kindling/reports';
import { ReportReason, ReportStatus } from './report-enums.graphql';

/** Seen by its reporter (when filed) and by whoever handles it: community staff, or platform admins outside communities. */
@ObjectType('Report')
export class Report {
  @Field(() => ID)
  id: string;

  @Field(() => ReportReason)
  reason: ReportReason;

  @Field(() => String, { nullable: true })
  details: string | null;

  @Field(() => ReportStatus)
  status: ReportStatus;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  resolvedAt: Date | null;

  reporterId: string;
  postId: string | null;
  commentId: string | null;
  resolvedById: string | null;

  static from(entity: ReportEntity): Report {
    return Object.assign(new Report(), {
      id: entity.id,
      reason: entity.reason,
      details: entity.details,
      status: entity.status,
      createdAt: entity.createdAt,
      resolvedAt: entity.resolvedAt,
      reporterId: entity.reporterId,
      postId: entity.postId,
      commentId: entity.commentId,
      resolvedById: entity.resolvedById,
    });
  }
}
