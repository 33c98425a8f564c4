import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { CommunityEntity } from '@kindling/communities';
import { CommunityVisibility } from './community-enums.graphql';

/** Name, slug, description, visibility and member count are public even for private communities. */
@ObjectType('Community')
export class Community {
  @Field(() => ID)
  id: string;

  @Field()
  slug: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => CommunityVisibility)
  visibility: CommunityVisibility;

  @Field()
  createdAt: Date;

  @Field(() => Int)
  memberCount: number;

  static from(entity: CommunityEntity): Community {
    return Object.assign(new Community(), {
      id: entity.id,
      slug: entity.slug,
      name: entity.name,
      description: entity.description,
      visibility: entity.visibility,
      createdAt: entity.createdAt,
      memberCount: entity.memberCount,
    });
  }
}
