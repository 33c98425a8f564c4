import { CommunityVisibility } from '@kindling/communities';
import { ProgramRole, ProgramsService, ProgramStatus } from '@kindling/programs';
import { SocialGraphService } from '@kindling/social-graph';
import { createTestApp, TestApp, TestMember } from '@kindling/testing';
import { UsersService } from '@kindling/users';
import {
  acceptApplicant,
  CommunityFixture,
  createCast,
  createCommunity,
  createProgram,
  expectOk,
  MATCHES,
  outcome,
  PROPOSE,
  ProgramCast,
  refusal,
  SET_MATCH,
} from './program-fixtures';

interface Match {
  id: string;
  score: number;
  reasons: string[];
  published: boolean;
  mentor: { id: string };
  mentee: { id: string };
}

describe('program matching', () => {
  let t: TestApp;
  let cast: ProgramCast;
  let community: CommunityFixture;
  let programId: string;
  let rustMentor: TestMember;
  let goMentor: TestMember;
  let mentees: TestMember[];

  /**
   * Two mentors with one seat each and three mentees: mentees[0] wants Rust but
   * blocked the Rust mentor, mentees[1] wants Rust, mentees[2] wants Go.
   * Two seats for three mentees: exactly one mentee stays unmatched.
   */
  beforeAll(async () => {
    t = await createTestApp();
    cast = await createCast(t);
    [rustMentor, goMentor, ...mentees] = await t.factories.members(5);
    community = await createCommunity(t, cast, CommunityVisibility.PRIVATE, [rustMentor, goMentor, ...mentees]);
    const users = t.app.get(UsersService);
    await users.updateProfile(rustMentor.user.id, { skills: ['rust'] });
    await users.updateProfile(goMentor.user.id, { skills: ['go'] });
    await users.updateProfile(mentees[0].user.id, { interests: ['rust'] });
    await users.updateProfile(mentees[1].user.id, { interests: ['rust'] });
    await users.updateProfile(mentees[2].user.id, { interests: ['go'] });
    await t.app.get(SocialGraphService).block(mentees[0].user.id, rustMentor.user.id);

    programId = await createProgram(t, cast, community.id, ProgramStatus.OPEN);
    await acceptApplicant(t, cast.owner.user.id, programId, rustMentor, ProgramRole.MENTOR, { capacity: 1 });
    await acceptApplicant(t, cast.owner.user.id, programId, goMentor, ProgramRole.MENTOR, { capacity: 1 });
    for (const mentee of mentees) await acceptApplicant(t, cast.owner.user.id, programId, mentee, ProgramRole.MENTEE);
    await t.app.get(ProgramsService).setStatus(cast.owner.user.id, programId, ProgramStatus.MATCHING);
  });
  afterAll(() => t.close());

  const propose = async (): Promise<Match[]> =>
    expectOk(await t.gql(PROPOSE, { programId }, { token: cast.moderator.token })).proposeProgramMatches;
  const pairOf = (m: Match): [string, string] => [m.mentee.id, m.mentor.id];

  it('fills every seat with the best total, never across a block, never over capacity', async () => {
    const matches = await propose();
    expect(new Map(matches.map(pairOf))).toEqual(
      new Map([
        [mentees[1].user.id, rustMentor.user.id],
        [mentees[2].user.id, goMentor.user.id],
      ]),
    );
    for (const m of matches) {
      expect(m.published).toBe(false);
      expect(m.score).toBeGreaterThan(0);
      expect(m.score).toBeLessThanOrEqual(1);
      expect(m.reasons[0]).toMatch(/^Expert in (rust|go) — 1 of your 1 interest$/);
    }
  });

  it('proposing again replaces the proposal instead of adding to it', async () => {
    await propose();
    const matches: Match[] = expectOk(await t.gql(MATCHES, { id: programId }, { token: cast.owner.token })).program.matches;
    expect(matches).toHaveLength(2);
  });

  it('only managers match: members FORBIDDEN, outsiders of the private community NOT_FOUND', async () => {
    expect(outcome(await t.gql(PROPOSE, { programId }, { token: cast.member.token }))).toBe('FORBIDDEN');
    expect(outcome(await t.gql(PROPOSE, { programId }, { token: cast.outsider.token }))).toBe('NOT_FOUND');
    expect(expectOk(await t.gql(MATCHES, { id: programId }, { token: cast.member.token })).program.matches).toEqual([]);
  });

  describe('setProgramMatch', () => {
    const set = (menteeId: string, mentorId: string) => t.gql(SET_MATCH, { programId, menteeId, mentorId }, { token: cast.owner.token });

    it('refuses a mentor whose seats are taken (CONFLICT on mentorId)', async () => {
      expect(refusal(await set(mentees[0].user.id, goMentor.user.id))).toMatchObject({ code: 'CONFLICT', field: 'mentorId' });
    });

    it('refuses a pair with a block either way (FORBIDDEN on mentorId)', async () => {
      expect(refusal(await set(mentees[0].user.id, rustMentor.user.id))).toMatchObject({ code: 'FORBIDDEN', field: 'mentorId' });
    });

    it('refuses someone outside the accepted cohort (BAD_USER_INPUT naming the argument)', async () => {
      expect(refusal(await set(cast.member.user.id, goMentor.user.id))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'menteeId' });
      expect(refusal(await set(mentees[0].user.id, mentees[1].user.id))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'mentorId' });
    });

    it("moves a mentee to another mentor, replacing the mentee's match, within capacity", async () => {
      // Both seats are taken: moving mentees[2] onto the Rust mentor would put them over capacity.
      expect(refusal(await set(mentees[2].user.id, rustMentor.user.id))).toMatchObject({ code: 'CONFLICT', field: 'mentorId' });
      // Re-pairing a mentee with the mentor they already have is allowed (their own seat does not count against them).
      const same = expectOk(await set(mentees[2].user.id, goMentor.user.id)).setProgramMatch;
      expect(pairOf(same)).toEqual([mentees[2].user.id, goMentor.user.id]);
      const rows = await t.db.query(`SELECT mentee_id::text FROM program_match WHERE program_id = $1 ORDER BY mentee_id`, [programId]);
      expect(rows).toHaveLength(2);
    });
  });

  it('outside MATCHING the matches are CONFLICT', async () => {
    const open = await createProgram(t, cast, community.id, ProgramStatus.OPEN);
    expect(refusal(await t.gql(PROPOSE, { programId: open }, { token: cast.owner.token }))).toMatchObject({
      code: 'CONFLICT',
      field: 'programId',
    });
  });
});
