import { CommunityVisibility } from '@kindling/communities';
import {
  CheckInsService,
  ProgramClock,
  ProgramMatchingService,
  ProgramPublishingService,
  ProgramRole,
  ProgramsService,
  ProgramStatus,
} from '@kindling/programs';
import { createTestApp, TestApp, TestMember } from '@kindling/testing';
import { ProgramHealthHandler } from '../../../apps/worker/src/programs/program-health.handler';
import { acceptApplicant, createCast, createCommunity, createProgram, expectOk, ProgramCast } from './program-fixtures';

const HEALTH = `query($id: ID!) { program(id: $id) {
  matches { health }
  health { matchedMentees unmatchedMentees healthy quiet atRisk sessionsHeld goalsDone averageCheckIn }
} }`;
const ROOM_HEALTH = `query($id: ID!) { mentorshipRoom(id: $id) { health } }`;
const DAY_MS = 86_400_000;

describe('program match health (controlled clock)', () => {
  let t: TestApp;
  let cast: ProgramCast;
  let mentor: TestMember;
  let mentees: TestMember[];
  let programId: string;
  let roomId: string;
  let now: Date;

  beforeAll(async () => {
    t = await createTestApp();
    now = new Date();
    jest.spyOn(t.app.get(ProgramClock), 'now').mockImplementation(() => now);
    cast = await createCast(t);
    [mentor, ...mentees] = await t.factories.members(3);
    const community = await createCommunity(t, cast, CommunityVisibility.PUBLIC, [mentor, ...mentees]);
    programId = await createProgram(t, cast, community.id, ProgramStatus.OPEN, { quietAfterDays: 7 });
    // One seat for two mentees: one stays unmatched.
    await acceptApplicant(t, cast.owner.user.id, programId, mentor, ProgramRole.MENTOR, { capacity: 1 });
    for (const mentee of mentees) await acceptApplicant(t, cast.owner.user.id, programId, mentee, ProgramRole.MENTEE);
    await t.app.get(ProgramsService).setStatus(cast.owner.user.id, programId, ProgramStatus.MATCHING);
    await t.app.get(ProgramMatchingService).propose(cast.owner.user.id, programId);
    await t.app.get(ProgramPublishingService).publish(cast.owner.user.id, programId);
    [{ id: roomId }] = await t.db.query(`SELECT id::text FROM mentorship_room WHERE mentor_id = $1`, [mentor.user.id]);
  });
  afterAll(() => t.close());

  const read = async () => expectOk(await t.gql(HEALTH, { id: programId }, { token: cast.owner.token })).program;
  const at = (days: number) => (now = new Date(Date.now() + days * DAY_MS));

  it('HEALTHY right after publishing; the summary counts the unmatched mentee', async () => {
    expect(await read()).toEqual({
      matches: [{ health: 'HEALTHY' }],
      health: {
        matchedMentees: 1,
        unmatchedMentees: 1,
        healthy: 1,
        quiet: 0,
        atRisk: 0,
        sessionsHeld: 0,
        goalsDone: 0,
        averageCheckIn: null,
      },
    });
  });

  it('QUIET after the quiet period without activity, AT_RISK after twice as long', async () => {
    at(8);
    expect((await read()).health).toMatchObject({ healthy: 0, quiet: 1, atRisk: 0 });
    at(15);
    expect((await read()).health).toMatchObject({ healthy: 0, quiet: 0, atRisk: 1 });
  });

  it('a low check-in makes the pair AT_RISK at once; a good one brings it back; the average is of the latest ratings', async () => {
    at(1);
    const checkIns = t.app.get(CheckInsService);
    await checkIns.submit(mentor.user.id, roomId, 2);
    expect(await read()).toMatchObject({ matches: [{ health: 'AT_RISK' }], health: { atRisk: 1, averageCheckIn: 2 } });
    at(2);
    await checkIns.submit(mentor.user.id, roomId, 4);
    expect(await read()).toMatchObject({ matches: [{ health: 'HEALTHY' }], health: { healthy: 1, averageCheckIn: 4 } });
  });

  it('participants see their room health; other members see no program health', async () => {
    expect(expectOk(await t.gql(ROOM_HEALTH, { id: roomId }, { token: mentor.token })).mentorshipRoom.health).toBe('HEALTHY');
    const seen = expectOk(await t.gql(HEALTH, { id: programId }, { token: cast.member.token })).program;
    expect(seen).toEqual({ matches: [], health: null });
  });
});

describe('the health sweep: PROGRAM_MATCH_AT_RISK to managers once per turn', () => {
  let t: TestApp;
  let cast: ProgramCast;
  let mentor: TestMember;
  let mentee: TestMember;
  let now: Date;
  let programId: string;
  const NOTIFIED = `query { notifications { nodes { type actorCount program { id } } } }`;

  beforeAll(async () => {
    t = await createTestApp({ worker: true });
    now = new Date();
    for (const context of [t.app, t.worker!]) jest.spyOn(context.get(ProgramClock), 'now').mockImplementation(() => now);
    cast = await createCast(t);
    [mentor, mentee] = await t.factories.members(2);
    const community = await createCommunity(t, cast, CommunityVisibility.PUBLIC, [mentor, mentee]);
    programId = await createProgram(t, cast, community.id, ProgramStatus.OPEN, { quietAfterDays: 7 });
    await acceptApplicant(t, cast.owner.user.id, programId, mentor, ProgramRole.MENTOR);
    await acceptApplicant(t, cast.owner.user.id, programId, mentee, ProgramRole.MENTEE);
    await t.app.get(ProgramsService).setStatus(cast.owner.user.id, programId, ProgramStatus.MATCHING);
    await t.app.get(ProgramMatchingService).propose(cast.owner.user.id, programId);
    await t.app.get(ProgramPublishingService).publish(cast.owner.user.id, programId);
  });
  afterAll(() => t.close());

  // Scoped to this program: the file's other program shares the database.
  const sweep = () => t.worker!.get(ProgramHealthHandler).handle({ programId });
  const atRiskOf = async (member: TestMember) =>
    (expectOk(await t.gql(NOTIFIED, {}, { token: member.token })).notifications.nodes as Array<{ type: string }>).filter(
      (n) => n.type === 'PROGRAM_MATCH_AT_RISK',
    );

  it('tells nobody while the pair is healthy or quiet', async () => {
    expect(await sweep()).toBe(0);
    now = new Date(Date.now() + 8 * DAY_MS);
    expect(await sweep()).toBe(0);
    expect(await atRiskOf(cast.owner)).toEqual([]);
  });

  it('tells each manager once when the pair turns AT_RISK, and not again while it stays so', async () => {
    now = new Date(Date.now() + 15 * DAY_MS);
    expect(await sweep()).toBe(1);
    expect(await sweep()).toBe(0);
    for (const manager of [cast.owner, cast.moderator]) expect(await atRiskOf(manager)).toHaveLength(1);
    expect(await atRiskOf(cast.member)).toEqual([]);
    expect(await atRiskOf(mentor)).toEqual([]);
  });
});
