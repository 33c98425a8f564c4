import { MentorProfilesService } from '@kindling/mentorship';
import { memberId, SeedStep } from '../seed-step';

/** Marcus mentors: his profile makes him discoverable in `mentors` and `mentorMatches`. */
export const mentorStep: SeedStep = {
  name: 'mentor',
  async run(context) {
    await context.app.get(MentorProfilesService).upsert(memberId(context, 'marcus_chen'), {
      expertise: ['rust', 'distributed systems', 'code review', 'career growth'],
      yearsOfExperience: 12,
      about: 'Staff engineer. I help people ship their first systems projects and grow into senior roles.',
      acceptingMentees: true,
      capacity: 3,
    });
    return 'mentor profile for @marcus_chen';
  },
};
