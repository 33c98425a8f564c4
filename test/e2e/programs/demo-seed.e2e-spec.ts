import { ProgramApplicationStatus, ProgramRole, ProgramStatus } from '@kindling/programs';
import { createOwnDatabase, createTestApp, OwnDatabase, TestApp } from '@kindling/testing';
import { SeedContext } from '../../../apps/local/src/seed/seed-step';
import { SEED_STEPS } from '../../../apps/local/src/seed/steps';

describe('demo data: a program in MATCHING with applicants', () => {
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
