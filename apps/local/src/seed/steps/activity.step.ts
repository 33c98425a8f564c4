import { EmploymentType, JobPostingsService } from '@kindling/job-board';
import { MentorshipRequestsService, RoomMessagesService } from '@kindling/mentorship';
import {
  EnrollmentsService,
  RoadmapDraftService,
  RoadmapPublishingService,
  RoadmapsService,
  StepProgressService,
  StepStatus,
} from '@kindling/roadmaps';
import { memberId, SeedContext, SeedStep } from '../seed-step';

/** Something on every screen: a mentorship room with messages, a roadmap with an enrollment, a job. */
export const activityStep: SeedStep = {
  name: 'rooms, roadmaps and jobs',
  async run(context) {
    const id = (handle: string) => memberId(context, handle);
    await mentorshipRoom(context, id('ana_ribeiro'), id('marcus_chen'));
    await roadmap(context, id('ana_ribeiro'), id('tomas_alvarez'));
    await context.app.get(JobPostingsService).post(id('marcus_chen'), {
      title: 'Backend engineer, payments',
      company: 'Northwind Pay',
      description: 'Node and Postgres services that move money: idempotent APIs, ledgers, on-call you can sleep through.',
      location: 'Lisbon or remote (EU)',
      remote: true,
      employmentType: EmploymentType.FULL_TIME,
      skills: ['typescript', 'postgresql', 'node.js'],
      applyUrl: 'https://example.com/careers/backend-payments',
    });
    return 'a mentorship room (Ana with Marcus) with messages, the roadmap "Rust in 4 steps" with an enrollment, 1 job';
  },
};

async function mentorshipRoom(context: SeedContext, menteeId: string, mentorId: string): Promise<void> {
  const requests = context.app.get(MentorshipRequestsService);
  const request = await requests.create(menteeId, {
    mentorId,
    message: 'I would love help preparing for a senior promotion: design reviews and a plan.',
    goals: ['Lead one design review a month', 'Write a promotion packet'],
  });
  const { roomId } = await requests.respond(mentorId, request.id, true, 'Happy to. Bring your latest design doc.');
  const messages = context.app.get(RoomMessagesService);
  await messages.send(mentorId, roomId!, 'Welcome! Share the doc whenever it is ready; I will leave comments by Friday.');
  await messages.send(menteeId, roomId!, 'Thanks! Here is the draft on the ledger service; the open question is idempotency keys.');
  await messages.send(mentorId, roomId!, 'Good question. Let us make that the agenda for our first session.');
}

async function roadmap(context: SeedContext, authorId: string, learnerId: string): Promise<void> {
  const communityId = context.communities.get('rustaceans');
  if (!communityId) throw new Error('seed: no demo community rustaceans');
  const created = await context.app.get(RoadmapsService).create(authorId, {
    communityId,
    slug: 'rust-in-4-steps',
    title: 'Rust in 4 steps',
    description: 'From the book to a small CLI you are proud of.',
  });
  const draft = context.app.get(RoadmapDraftService);
  const read = await draft.addStep(authorId, created.id, { title: 'Read chapters 1-8 of the book' });
  const ownership = await draft.addStep(authorId, created.id, { title: 'Ownership and borrowing exercises', prerequisiteIds: [read.id] });
  const cli = await draft.addStep(authorId, created.id, { title: 'Build a small CLI', prerequisiteIds: [ownership.id] });
  await draft.addStep(authorId, created.id, { title: 'Publish it and ask for a review', prerequisiteIds: [cli.id] });
  await context.app.get(RoadmapPublishingService).publish(authorId, created.id);
  const enrollment = await context.app.get(EnrollmentsService).enroll(learnerId, created.id);
  const progress = context.app.get(StepProgressService);
  await progress.update(learnerId, { enrollmentId: enrollment.id, stepId: read.id, status: StepStatus.DONE });
  await progress.update(learnerId, { enrollmentId: enrollment.id, stepId: ownership.id, status: StepStatus.IN_PROGRESS });
}
