import { CommunityVisibility } from '@kindling/communities';
import {
  ProgramClock,
  ProgramMatchingService,
  ProgramPublishingService,
  ProgramRole,
  ProgramsService,
  ProgramStatus,
} from '@kindling/programs';
import { createTestApp, TestApp, TestMember } from '@kindling/testing';
import { CheckInRemindersHandler } from '../../../apps/worker/src/programs/check-in-reminders.handler';
import { acceptApplicant, createCast, createCommunity, createProgram, expectOk, ProgramCast } from './program-fixtures';

const DAY_MS = 86_400_000;
const NOTIFIED = `query { notifications { nodes { type program { id } } } }`;

describe('check-in reminders (controlled clock)', () => {
  let t: TestApp;
  let cast: ProgramCast;
  let mentor: TestMember;
  let mentee: TestMember;
  let programId: string;
  let start: number;
  let now: Date;

  beforeAll(async () => {
    t = await createTestApp({ worker: true });
    start = Date.now();
    now = new Date(start);
    for (const context of [t.app, t.worker!]) jest.spyOn(context.get(ProgramClock), 'now').mockImplementation(() => now);
    cast = await createCast(t);
    [mentor, mentee] = await t.factories.members(2);
    const community = await createCommunity(t, cast, CommunityVisibility.PUBLIC, [mentor, mentee]);
    // No cadence in the plan: every 14 days.
    programId = await createProgram(t, cast, community.id, ProgramStatus.OPEN);
    await acceptApplicant(t, cast.owner.user.id, programId, mentor, ProgramRole.MENTOR);
    await acceptApplicant(t, cast.owner.user.id, programId, mentee, ProgramRole.MENTEE);
    await t.app.get(ProgramsService).setStatus(cast.owner.user.id, programId, ProgramStatus.MATCHING);
    await t.app.get(ProgramMatchingService).propose(cast.owner.user.id, programId);
    await t.app.get(ProgramPublishingService).publish(cast.owner.user.id, programId);
  });
  afterAll(() => t.close());

  // The sweep reminds every due pair in the database (other files' too): assert on this pair's notifications.
  const remind = () => t.worker!.get(CheckInRemindersHandler).handle();
  const remindedAt = async () =>
    (await t.db.query(`SELECT check_in_reminded_at FROM program_match WHERE program_id = $1`, [programId]))[0].check_in_reminded_at;
  const dueOf = async (member: TestMember) =>
    (expectOk(await t.gql(NOTIFIED, {}, { token: member.token })).notifications.nodes as Array<{ type: string }>).filter(
      (n) => n.type === 'PROGRAM_CHECK_IN_DUE',
    );
  const at = (days: number) => (now = new Date(start + days * DAY_MS));

  it('nobody is reminded before 14 days', async () => {
    at(13.9);
    await remind();
    expect(await remindedAt()).toBeNull();
    expect(await dueOf(mentee)).toEqual([]);
  });

  it('both are reminded once at 14 days, and again 14 days later', async () => {
    at(14);
    await remind();
    const first = await remindedAt();
    expect(first).toEqual(now);
    await remind();
    expect(await remindedAt()).toEqual(first);
    expect(await dueOf(mentee)).toEqual([{ type: 'PROGRAM_CHECK_IN_DUE', program: { id: programId } }]);
    expect(await dueOf(mentor)).toHaveLength(1);
    expect(await dueOf(cast.owner)).toEqual([]);
    at(27);
    await remind();
    expect(await remindedAt()).toEqual(first);
    at(28);
    await remind();
    expect(await remindedAt()).toEqual(now);
  });
});
