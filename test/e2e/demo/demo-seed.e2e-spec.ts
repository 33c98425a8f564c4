import { ProgramApplicationStatus, ProgramRole, ProgramStatus } from '@kindling/programs';
import { createOwnDatabase, createTestApp, OwnDatabase, TestApp } from '@kindling/testing';
import { SeedContext } from '../../../apps/local/src/seed/seed-step';
import { SEED_STEPS } from '../../../apps/local/src/seed/steps';

/** The demo gives every screen something to show: a room with messages, a roadmap with an enrollment, a job, a program. */
describe('demo data: rooms, roadmaps, jobs and programs', () => {
  let t: TestApp;
  let db: OwnDatabase;

  beforeAll(async () => {
    // The demo's fixed slugs, handles and public posts would disturb the other files' database.
    db = await createOwnDatabase('demo');
    t = await createTestApp({ env: { DATABASE_URL: db.url } });
    const context: SeedContext = { app: t.app, members: new Map(), communities: new Map() };
    for (const step of SEED_STEPS) await step.run(context);
  });
  afterAll(async () => {
    await t.close();
    await db.drop();
  });

  it('seeds an active mentorship room between Ana and Marcus with messages', async () => {
    const [room] = await t.db.query(
      `SELECT r.status::text, (SELECT count(*)::int FROM room_message m WHERE m.room_id = r.id) AS messages
         FROM mentorship_room r
         JOIN user_account mentee ON mentee.id = r.mentee_id AND mentee.handle = 'ana_ribeiro'
         JOIN user_account mentor ON mentor.id = r.mentor_id AND mentor.handle = 'marcus_chen'`,
    );
    expect(room).toEqual({ status: 'ACTIVE', messages: 3 });
  });

  it('seeds a published roadmap with an enrollment and progress, and an open job', async () => {
    const [roadmap] = await t.db.query(
      `SELECT r.status::text, (SELECT count(*)::int FROM roadmap_enrollment e WHERE e.roadmap_id = r.id) AS enrollments,
              (SELECT count(*)::int FROM step_progress p JOIN roadmap_enrollment e ON e.id = p.enrollment_id WHERE e.roadmap_id = r.id) AS progress
         FROM roadmap r WHERE r.slug = 'rust-in-4-steps'`,
    );
    expect(roadmap).toEqual({ status: 'PUBLISHED', enrollments: 1, progress: 2 });
    const jobs = await t.db.query(`SELECT status::text FROM job_posting WHERE title = 'Backend engineer, payments'`);
    expect(jobs).toEqual([{ status: 'OPEN' }]);
  });

  it('seeds rustaceans/spring-cohort, MATCHING, with accepted mentors and mentees and one more applicant', async () => {
    const [program] = await t.db.query(
      `SELECT id::text, status::text, mentor_count, mentee_count FROM mentorship_program WHERE slug = 'spring-cohort'`,
    );
    expect(program).toMatchObject({ status: ProgramStatus.MATCHING, mentor_count: 1, mentee_count: 2 });
    const applications: Array<{ role: string; status: string }> = await t.db.query(
      `SELECT role::text, status::text FROM program_application WHERE program_id = $1 ORDER BY id`,
      [program.id],
    );
    expect(applications).toEqual([
      { role: ProgramRole.MENTOR, status: ProgramApplicationStatus.ACCEPTED },
      { role: ProgramRole.MENTEE, status: ProgramApplicationStatus.ACCEPTED },
      { role: ProgramRole.MENTEE, status: ProgramApplicationStatus.ACCEPTED },
      { role: ProgramRole.MENTOR, status: ProgramApplicationStatus.PENDING },
    ]);
  });
});
