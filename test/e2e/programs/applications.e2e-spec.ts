import { CommunityVisibility } from '@kindling/communities';
import { ProgramRole, ProgramStatus, ProgramsService } from '@kindling/programs';
import { createTestApp, TestApp, TestMember, waitUntil } from '@kindling/testing';
import {
  APPLICATIONS,
  APPLY,
  CommunityFixture,
  createCast,
  createCommunity,
  createProgram,
  expectOk,
  outcome,
  ProgramCast,
  refusal,
  REVIEW,
  WITHDRAW,
} from './program-fixtures';

const QUESTIONS = ['What do you want to learn?', 'How many hours a week?'];
const ANSWERS = ['Rust', 'Three'];
const NOTIFICATIONS = `query { notifications { nodes { type program { id } } } }`;
const REVIEWED = 'PROGRAM_APPLICATION_REVIEWED';

describe('program applications', () => {
  let t: TestApp;
  let cast: ProgramCast;
  let applicant: TestMember;
  let community: CommunityFixture;
  let programId: string;

  beforeAll(async () => {
    t = await createTestApp({ worker: true });
    cast = await createCast(t);
    applicant = await t.factories.member();
    community = await createCommunity(t, cast, CommunityVisibility.PUBLIC, [applicant]);
    programId = await createProgram(t, cast, community.id, ProgramStatus.OPEN, { questions: QUESTIONS });
  });
  afterAll(() => t.close());

  const apply = (member: TestMember, input: Record<string, unknown>, id = programId) =>
    t.gql(APPLY, { input: { programId: id, answers: ANSWERS, ...input } }, { token: member.token });

  it('only while OPEN: a DRAFT is NOT_FOUND to applicants, a MATCHING one CONFLICT', async () => {
    const draft = await createProgram(t, cast, community.id, ProgramStatus.DRAFT, { questions: QUESTIONS });
    expect(refusal(await apply(cast.member, { role: 'MENTEE' }, draft))).toMatchObject({ code: 'NOT_FOUND', field: 'programId' });
    const matching = await createProgram(t, cast, community.id, ProgramStatus.MATCHING, { questions: QUESTIONS });
    expect(refusal(await apply(cast.member, { role: 'MENTEE' }, matching))).toMatchObject({ code: 'CONFLICT', field: 'programId' });
  });

  it('mentees need an active membership; a non-member may offer to mentor', async () => {
    expect(outcome(await apply(cast.outsider, { role: 'MENTEE' }))).toBe('FORBIDDEN');
    const mentor = expectOk(await apply(cast.outsider, { role: 'MENTOR', capacity: 2, goals: 'Systems programming' })).applyToProgram;
    expect(mentor).toMatchObject({ role: 'MENTOR', status: 'PENDING', capacity: 2, answers: ANSWERS });
  });

  it.each([
    [{ role: 'MENTOR' }, 'capacity'],
    [{ role: 'MENTOR', capacity: 0 }, 'capacity'],
    [{ role: 'MENTOR', capacity: 11 }, 'capacity'],
    [{ role: 'MENTEE', capacity: 2 }, 'capacity'],
    [{ role: 'MENTOR', capacity: 1, answers: ['Rust'] }, 'answers'],
    [{ role: 'MENTOR', capacity: 1, answers: ['Rust', '  '] }, 'answers.1'],
  ])('%j is BAD_USER_INPUT naming %s, and nothing is written', async (input, field) => {
    const member = await t.factories.member();
    expect(refusal(await apply(member, input))).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await t.db.query(`SELECT id FROM program_application WHERE applicant_id = $1`, [member.user.id])).toEqual([]);
  });

  describe('one application, seen by its applicant and the managers only', () => {
    let applicationId: string;

    beforeAll(async () => {
      applicationId = expectOk(await apply(applicant, { role: 'MENTEE', goals: 'Learn Rust' })).applyToProgram.id;
    });

    it('a second application is CONFLICT', async () => {
      expect(refusal(await apply(applicant, { role: 'MENTOR', capacity: 1 }))).toMatchObject({ code: 'CONFLICT', field: 'programId' });
    });

    it.each([
      ['owner', true, false],
      ['moderator', true, false],
      ['applicant', false, true],
      ['member', false, false],
      ['outsider', false, false],
    ] as const)('%s: sees the list %s, their own %s', async (who, seesList, seesOwn) => {
      const viewer = who === 'applicant' ? applicant : cast[who];
      const { program } = expectOk(await t.gql(APPLICATIONS, { id: programId, role: 'MENTEE' }, { token: viewer.token }));
      const listed = program.applications.nodes.map((a: { id: string }) => a.id);
      expect(listed.includes(applicationId)).toBe(seesList);
      if (seesList) expect(program.applications.nodes.find((a: { id: string }) => a.id === applicationId).answers).toEqual(ANSWERS);
      expect(program.viewerApplication?.id === applicationId).toBe(seesOwn);
      if (!seesList) expect(listed).toEqual([]);
    });

    it('anonymous readers see neither', async () => {
      const { program } = expectOk(await t.gql(APPLICATIONS, { id: programId }));
      expect(program).toMatchObject({ applications: { nodes: [] }, viewerApplication: null });
    });

    it('only managers review (NOT_FOUND for anyone else, who cannot tell it exists)', async () => {
      for (const viewer of [cast.member, cast.outsider, applicant]) {
        expect(outcome(await t.gql(REVIEW, { id: applicationId, accept: true }, { token: viewer.token }))).toBe('NOT_FOUND');
      }
    });

    it('accepting counts the mentee, notifies the applicant once, and cannot be repeated', async () => {
      expect(expectOk(await t.gql(REVIEW, { id: applicationId, accept: true }, { token: cast.moderator.token }))).toEqual({
        reviewProgramApplication: { id: applicationId, status: 'ACCEPTED' },
      });
      expect(outcome(await t.gql(REVIEW, { id: applicationId, accept: false }, { token: cast.owner.token }))).toBe('CONFLICT');
      const { program } = expectOk(await t.gql(APPLICATIONS, { id: programId }, { token: cast.owner.token }));
      expect(program).toMatchObject({ menteeCount: 1, mentorCount: 0 });
      const notifications = await waitUntil('the applicant to be told', async () => {
        const nodes: Array<{ type: string }> = expectOk(await t.gql(NOTIFICATIONS, {}, { token: applicant.token })).notifications.nodes;
        return nodes.some((n) => n.type === REVIEWED) && nodes.filter((n) => n.type === REVIEWED);
      });
      expect(notifications).toEqual([{ type: REVIEWED, program: { id: programId } }]);
    });

    it('withdrawing: others cannot (NOT_FOUND); the applicant can, once, and leaves the count', async () => {
      expect(outcome(await t.gql(WITHDRAW, { id: applicationId }, { token: cast.owner.token }))).toBe('NOT_FOUND');
      expect(expectOk(await t.gql(WITHDRAW, { id: applicationId }, { token: applicant.token })).withdrawProgramApplication.status).toBe(
        'WITHDRAWN',
      );
      expect(outcome(await t.gql(WITHDRAW, { id: applicationId }, { token: applicant.token }))).toBe('CONFLICT');
      const program = await t.app.get(ProgramsService).find(cast.owner.user.id, programId);
      expect(program?.program.menteeCount).toBe(0);
    });
  });

  it('a declined applicant is not counted', async () => {
    const member = await t.factories.member();
    const id = expectOk(await apply(member, { role: ProgramRole.MENTOR, capacity: 3 })).applyToProgram.id;
    expect(expectOk(await t.gql(REVIEW, { id, accept: false }, { token: cast.owner.token })).reviewProgramApplication.status).toBe(
      'DECLINED',
    );
    const program = await t.app.get(ProgramsService).find(cast.owner.user.id, programId);
    expect(program?.program.mentorCount).toBe(0);
  });
});
