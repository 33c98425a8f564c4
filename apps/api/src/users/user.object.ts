import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { UserEntity } from '@kindling/users';

@ObjectType('User')
export class User {
  @Field(() => ID)
  id: string;

  @Field()
  handle: string;

  @Field()
  displayName: string;

  @Field(() => String, { nullable: true })
  headline: string | null;

  @Field(() => String, { nullable: true })
  bio: string | null;

  @Field(() => [String], { description: 'What the member is good at.' })
  skills: string[];

  @Field(() => [String], { description: 'What the member wants to grow in; drives mentor matching.' })
  interests: string[];

  @Field({ description: 'IANA time zone, e.g. Europe/Lisbon; streaks are counted in it.' })
  timezone: string;

  @Field()
  createdAt: Date;

  @Field(() => Int)
  followerCount: number;

  @Field(() => Int)
  followingCount: number;

  /** Not a field: `email` is resolved for its owner only. */
  privateEmail: string;

  /** Not a field: set when the member is the one just authenticated (AuthPayload.user). */
  shownToOwner = false;

  static from(entity: UserEntity, options: { shownToOwner?: boolean } = {}): User {
    return Object.assign(new User(), {
      id: entity.id,
      handle: entity.handle,
      displayName: entity.displayName,
      headline: entity.headline,
      bio: entity.bio,
      skills: entity.skills,
      interests: entity.interests,
      timezone: entity.timezone,
      createdAt: entity.createdAt,
      followerCount: entity.followerCount,
      followingCount: entity.followingCount,
      privateEmail: entity.email,
      shownToOwner: options.shownToOwner ?? false,
    });
  }
}
