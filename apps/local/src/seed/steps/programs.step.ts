import { ProgramApplicationsService, ProgramRole, ProgramsService, ProgramStatus } from '@kindling/programs';
import { memberId, SeedStep } from '../seed-step';

/**
 * Rustaceans runs a spring cohort, now MATCHING: Marcus mentors two, and
 * Priya's and Tomas's mentee applications are accepted, so
 * `proposeProgramMatches` has a cohort to pair; Amara's offer to mentor one
 * waits for review.
 */
export const programsStep: SeedStep = {
  name: 'programs',
  async run(context) {
    const programs = context.app.get(ProgramsService);
    const applications = context.app.get(ProgramApplicationsService);
    const id = (handle: string) => memberId(context, handle);
    const owner = id('ana_ribeiro');
    const communityId = context.communities.get('rustaceans');
    if (!communityId) throw new Error('seed: no demo community rustaceans');
    const program = await programs.create(owner, {
      communityId,
      slug: 'spring-cohort',
      title: 'Rust spring cohort',
      description: 'Eight weeks, one mentor and one mentee, a small project shipped at the end.',
      questions: ['What would you like to build?'],
      plan: {
        goals: ['Agree on how often to meet', 'Ship a small Rust project'],
        cadenceDays: 7,
        workbook: [
          { week: 1, title: 'Your goals', instructions: 'Write down three things you want from this cohort.' },
          { week: 2, title: 'Pick a project', instructions: 'Choose something small you can finish in six weeks.' },
        ],
      },
    });
    await programs.setStatus(owner, program.id, ProgramStatus.OPEN);
    const apply = (handle: string, role: ProgramRole, answer: string, capacity: number | null = null) =>
      applications.apply(id(handle), { programId: program.id, role, capacity, answers: [answer], goals: answer });
    const accepted = [
      await apply('marcus_chen', ProgramRole.MENTOR, 'Reviewing a first systems project', 2),
      await apply('priya_nair', ProgramRole.MENTEE, 'A command-line tool in Rust'),
      await apply('tomas_alvarez', ProgramRole.MENTEE, 'A small web service with axum'),
    ];
    for (const application of accepted) await applications.review(owner, application.id, true);
    await apply('amara_okafor', ProgramRole.MENTOR, 'Pairing on tests and tooling', 1);
    await programs.setStatus(owner, program.id, ProgramStatus.MATCHING);
    return '1 program (rustaceans/spring-cohort, MATCHING): 1 mentor and 2 mentees accepted, 1 mentor pending';
  },
};
