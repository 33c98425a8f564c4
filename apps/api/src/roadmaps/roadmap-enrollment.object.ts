import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { RoadmapEnrollmentEntity } from '@kindling/roadmaps';
import { EnrollmentStatus } from './roadmap-enums.graphql';

/** Reached only through paths that checked the viewer may see it (their own, or the thread documenting it). */
@ObjectType('RoadmapEnrollment')
export class RoadmapEnrollment {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: 'The published version the member follows.' })
  version: number;

  @Field(() => EnrollmentStatus)
  status: EnrollmentStatus;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  completedAt: Date | null;

  userId: string;
  roadmapId: string;
  threadId: string | null;

  static from(entity: RoadmapEnrollmentEntity): RoadmapEnrollment {
    return Object.assign(new RoadmapEnrollment(), {
      id: entity.id,
      version: entity.version,
      status: entity.status,
      createdAt: entity.createdAt,
      completedAt: entity.completedAt,
      userId: entity.userId,
      roadmapId: entity.roadmapId,
      threadId: entity.threadId,
    });
  }
}
