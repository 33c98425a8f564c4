import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { MentorProfileEntity } from '@kindling/mentorship';

@ObjectType('MentorProfile')
export class MentorProfile {
  @Field(() => [String])
  expertise: string[];

  @Field(() => Int)
  yearsOfExperience: number;

  @Field(() => String, { nullable: true })
  about: string | null;

  @Field()
  acceptingMentees: boolean;

  @Field(() => Int, { description: 'How many active rooms the mentor takes at once.' })
  capacity: number;

  @Field(() => Int, { description: 'Rooms the mentor has open (ACTIVE or PAUSED).' })
  activeMenteeCount: number;

  @Field(() => Float, { nullable: true, description: "Mean of the mentees' ratings (1..5); null until the first one." })
  averageRating: number | null;

  @Field(() => Int)
  ratingCount: number;

  userId: string;

  static from(entity: MentorProfileEntity): MentorProfile {
    return Object.assign(new MentorProfile(), {
      expertise: entity.expertise,
      yearsOfExperience: entity.yearsOfExperience,
      about: entity.about,
      acceptingMentees: entity.acceptingMentees,
      capacity: entity.capacity,
      activeMenteeCount: entity.activeMenteeCount,
      averageRating: entity.ratingCount > 0 ? Math.round((entity.ratingSum / entity.ratingCount) * 100) / 100 : null,
      ratingCount: entity.ratingCount,
      userId: entity.userId,
    });
  }
}
