import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { RoadmapEntity } from '@kindling/roadmaps';
import { RoadmapStatus } from './roadmap-enums.graphql';

@ObjectType('Roadmap', { description: "A learning path curated by a community's moderators." })
export class Roadmap {
  @Field(() => ID)
  id: string;

  @Field()
  slug: string;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => RoadmapStatus)
  status: RoadmapStatus;

  @Field(() => Int, { description: 'Number of the latest published version; 0 until first published.' })
  version: number;

  @Field(() => Int)
  enrollmentCount: number;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  @Field(() => Date, { nullable: true })
  publishedAt: Date | null;

  communityId: string;
  authorId: string;
  draftFingerprint: string;
  publishedFingerprint: string | null;

  static from(entity: RoadmapEntity): Roadmap {
    return Object.assign(new Roadmap(), {
      id: entity.id,
      slug: entity.slug,
      title: entity.title,
      description: entity.description,
      status: entity.status,
      version: entity.version,
      enrollmentCount: entity.enrollmentCount,
      createdAt: entity.createdAt,
      updatedAt: entity.updatedAt,
      publishedAt: entity.publishedAt,
      communityId: entity.communityId,
      authorId: entity.authorId,
      draftFingerprint: entity.draftFingerprint,
      publishedFingerprint: entity.publishedFingerprint,
    });
  }
}
