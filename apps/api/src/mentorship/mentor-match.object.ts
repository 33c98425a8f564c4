import { Field, Float, ObjectType } from '@nestjs/graphql';
import { MentorProfile } from './mentor-profile.object';

@ObjectType('MentorMatch', { description: 'A suggested mentor for the viewer, best first, with the reasons for the score.' })
export class MentorMatch {
  @Field(() => MentorProfile)
  mentor: MentorProfile;

  @Field(() => Float, { description: '0..1' })
  score: number;

  @Field(() => [String])
  reasons: string[];
}
