import { CommunityVisibility } from '@kindling/communities';
import { ProgramStatus } from '@kindling/programs';
import { createTestApp, TestApp } from '@kindling/testing';
import {
  COMMUNITY_PROGRAMS,
  CommunityFixture,
  createCast,
  createCommunity,
  createProgram,
  CREATE_PROGRAM,
  expectOk,
  MY_PROGRAMS,
  outcome,
  PROGRAM,
  ProgramCast,
  refusal,
  SET_STATUS,
  uniqueSlug,
  UPDATE_PROGRAM,
} from './program-fixtures';

type Viewer = 'anonymous' | keyof ProgramCast;
const VIEWERS: Viewer[] = ['owner', 'moderator', 'member', 'outsider', 'anonymous'];
const MANAGERS = new Set<Viewer>(['owner', 'moderator']);

/**
 * Who sees a program, by its status and its community's visibility:
 *   DRAFT                managers only
 *   OPEN, private        managers and members
 *   OPEN, public         everyone
 */
const SEES: Record<string, Set<Viewer>> = {
  'PRIVATE DRAFT': MANAGERS,
  'PUBLIC DRAFT': MANAGERS,
  'PRIVATE OPEN': new Set(['owner', 'moderator', 'member']),
  'PUBLIC OPEN': new Set(VIEWERS),
};

describe('programs: lifecycle and who sees what', () => {
  let t: TestApp;
  let cast: ProgramCast;
  const communities: Record<string, CommunityFixture> = {};
  const programs: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    cast = await createCast(t);
    for (const visibility of [CommunityVisibility.PRIVATE, CommunityVisibility.PUBLIC]) {
      communities[visibility] = await createCommunity(t, cast, visibility);
      for (const status of [ProgramStatus.DRAFT, ProgramStatus.OPEN]) {
        programs[`${visibility} ${status}`] = await createProgram(t, cast, communities[visibility].id, status);
      }
    }
  });
  afterAll(() => t.close());

  const tokenOf = (viewer: Viewer) => (viewer === 'anonymous' ? undefined : cast[viewer].token);

  describe.each(VIEWERS)('for %s', (viewer) => {
    it.each(Object.keys(SEES))('program(id) of a %s program', async (key) => {
      const program = expectOk(await t.gql(PROGRAM, { id: programs[key] }, { token: tokenOf(viewer) })).program;
      if (!SEES[key].has(viewer)) return expect(program).toBeNull();
      expect(program).toMatchObject({ id: programs[key], viewerIsManager: MANAGERS.has(viewer) });
    });

    it('Community.programs lists exactly the programs they may see', async () => {
      for (const visibility of [CommunityVisibility.PRIVATE, CommunityVisibility.PUBLIC]) {
        const listed = expectOk(await t.gql(COMMUNITY_PROGRAMS, { slug: communities[visibility].slug }, { token: tokenOf(viewer) }));
        const ids = listed.community.programs.nodes.map((n: { id: string }) => n.id);
        const expected = [ProgramStatus.OPEN, ProgramStatus.DRAFT]
          .map((status) => `${visibility} ${status}`)
          .filter((key) => SEES[key].has(viewer))
          .map((key) => programs[key]);
        expect(ids).toEqual(expected);
      }
    });

    it('changing a program: managers may; members of a visible one are FORBIDDEN; everyone else cannot tell it exists', async () => {
      const expected = (key: string) =>
        viewer === 'anonymous' ? 'UNAUTHENTICATED' : MANAGERS.has(viewer) ? 'OK' : SEES[key].has(viewer) ? 'FORBIDDEN' : 'NOT_FOUND';
      for (const key of Object.keys(SEES)) {
        const res = await t.gql(UPDATE_PROGRAM, { id: programs[key], input: { description: `by ${viewer}` } }, { token: tokenOf(viewer) });
        expect([key, outcome(res)]).toEqual([key, expected(key)]);
      }
    });
  });

  it('myPrograms lists what the viewer manages', async () => {
    const mine = expectOk(await t.gql(MY_PROGRAMS, {}, { token: cast.moderator.token })).myPrograms.nodes;
    expect(mine.map((p: { id: string }) => p.id).sort()).toEqual(Object.values(programs).sort());
    expect(expectOk(await t.gql(MY_PROGRAMS, {}, { token: cast.member.token })).myPrograms.nodes).toEqual([]);
  });

  it('moves one step forward at a time, by managers, and only publishing makes it ACTIVE', async () => {
    const id = await createProgram(t, cast, communities.PUBLIC.id);
    const move = (status: ProgramStatus, token = cast.moderator.token) => t.gql(SET_STATUS, { id, status }, { token });
    expect(refusal(await move(ProgramStatus.MATCHING))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status' });
    expect(expectOk(await move(ProgramStatus.OPEN)).setProgramStatus.status).toBe('OPEN');
    expect(outcome(await move(ProgramStatus.MATCHING, cast.member.token))).toBe('FORBIDDEN');
    expect(refusal(await move(ProgramStatus.DRAFT))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status' });
    expect(expectOk(await move(ProgramStatus.MATCHING)).setProgramStatus.status).toBe('MATCHING');
    expect(refusal(await move(ProgramStatus.ACTIVE))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status' });
    expect(refusal(await move(ProgramStatus.COMPLETED))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status' });
  });

  describe('createProgram', () => {
    const input = (overrides: Record<string, unknown> = {}) => ({
      communityId: communities.PRIVATE.id,
      slug: uniqueSlug('p'),
      title: 'Autumn cohort',
      questions: ['What do you want to learn?'],
      plan: { goals: ['Ship a project'], cadenceDays: 7, workbook: [{ week: 1, title: 'Goals', instructions: 'Write three goals' }] },
      ...overrides,
    });

    it('a manager creates a DRAFT with its plan; the default quiet period is 14 days', async () => {
      const program = expectOk(await t.gql(CREATE_PROGRAM, { input: input() }, { token: cast.moderator.token })).createProgram;
      expect(program).toMatchObject({
        status: 'DRAFT',
        viewerIsManager: true,
        quietAfterDays: 14,
        questions: ['What do you want to learn?'],
        plan: { goals: ['Ship a project'], cadenceDays: 7, workbook: [{ week: 1, title: 'Goals', instructions: 'Write three goals' }] },
      });
    });

    it('members are FORBIDDEN, outsiders of a private community NOT_FOUND, and nothing is written', async () => {
      const count = `SELECT count(*)::int AS n FROM mentorship_program WHERE community_id = $1`;
      const before = await t.db.query(count, [communities.PRIVATE.id]);
      expect(outcome(await t.gql(CREATE_PROGRAM, { input: input() }, { token: cast.member.token }))).toBe('FORBIDDEN');
      expect(outcome(await t.gql(CREATE_PROGRAM, { input: input() }, { token: cast.outsider.token }))).toBe('NOT_FOUND');
      expect(outcome(await t.gql(CREATE_PROGRAM, { input: input() }))).toBe('UNAUTHENTICATED');
      expect(await t.db.query(count, [communities.PRIVATE.id])).toEqual(before);
    });

    it.each([
      [{ slug: 'Not A Slug' }, 'slug'],
      [{ title: '   ' }, 'title'],
      [{ quietAfterDays: 0 }, 'quietAfterDays'],
      [{ questions: ['fine', ' '] }, 'questions.1'],
      [{ plan: { cadenceDays: 0 } }, 'plan.cadenceDays'],
      [{ plan: { workbook: [{ week: 0, title: 'x', instructions: 'y' }] } }, 'plan.workbook.0.week'],
      [{ startsAt: '2030-02-01T00:00:00Z', endsAt: '2030-01-01T00:00:00Z' }, 'endsAt'],
    ])('bad input %j is BAD_USER_INPUT naming %s', async (overrides, field) => {
      const res = await t.gql(CREATE_PROGRAM, { input: input(overrides) }, { token: cast.owner.token });
      expect(refusal(res)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    });

    it('a slug is unique per community (CONFLICT)', async () => {
      const slug = uniqueSlug('p');
      expectOk(await t.gql(CREATE_PROGRAM, { input: input({ slug }) }, { token: cast.owner.token }));
      expect(refusal(await t.gql(CREATE_PROGRAM, { input: input({ slug }) }, { token: cast.owner.token }))).toMatchObject({
        code: 'CONFLICT',
        field: 'slug',
      });
    });
  });
});
