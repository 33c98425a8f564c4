import { CommunitiesService, CommunityRole, CommunityVisibility, MembershipsService } from '@kindling/communities';
import { NewProgram, ProgramApplicationsService, ProgramRole, ProgramsService, ProgramStatus } from '@kindling/programs';
import { TestApp, TestMember, uniqueSlug } from '@kindling/testing';

/** Helpers shared by the programs e2e specs. */

export { expectOk, outcome, refusal, uniqueSlug } from '@kindling/testing';

export const PROGRAM_FIELDS = `id slug title status viewerIsManager mentorCount menteeCount questions quietAfterDays
  community { id } plan { goals cadenceDays workbook { id week title instructions } }`;
export const PROGRAM = `query($id: ID!) { program(id: $id) { ${PROGRAM_FIELDS} } }`;
export const COMMUNITY_PROGRAMS = `query($slug: String!, $status: ProgramStatus) {
  community(slug: $slug) { programs(status: $status) { nodes { id status } } }
}`;
export const MY_PROGRAMS = `query { myPrograms { nodes { id viewerIsManager } } }`;
export const CREATE_PROGRAM = `mutation($input: CreateProgramInput!) { createProgram(input: $input) { ${PROGRAM_FIELDS} } }`;
export const UPDATE_PROGRAM = `mutation($id: ID!, $input: UpdateProgramInput!) { updateProgram(id: $id, input: $input) { ${PROGRAM_FIELDS} } }`;
export const SET_STATUS = `mutation($id: ID!, $status: ProgramStatus!) { setProgramStatus(id: $id, status: $status) { id status } }`;
export const APPLICATION_FIELDS = `id role status goals answers capacity applicant { id } program { id }`;
export const APPLY = `mutation($input: ApplyToProgramInput!) { applyToProgram(input: $input) { ${APPLICATION_FIELDS} } }`;
export const WITHDRAW = `mutation($id: ID!) { withdrawProgramApplication(id: $id) { id status } }`;
export const REVIEW = `mutation($id: ID!, $accept: Boolean!) { reviewProgramApplication(id: $id, accept: $accept) { id status } }`;
export const APPLICATIONS = `query($id: ID!, $role: ProgramRole, $status: ProgramApplicationStatus) {
  program(id: $id) { mentorCount menteeCount viewerApplication { id status answers }
    applications(role: $role, status: $status) { nodes { ${APPLICATION_FIELDS} } } }
}`;
export const MATCH_FIELDS = `id score reasons published mentor { id } mentee { id }`;
export const PROPOSE = `mutation($programId: ID!) { proposeProgramMatches(programId: $programId) { ${MATCH_FIELDS} } }`;
export const SET_MATCH = `mutation($programId: ID!, $menteeId: ID!, $mentorId: ID!) {
  setProgramMatch(programId: $programId, menteeId: $menteeId, mentorId: $mentorId) { ${MATCH_FIELDS} }
}`;
export const MATCHES = `query($id: ID!) { program(id: $id) { matches { ${MATCH_FIELDS} } } }`;

/** The people around one community: its two managers, a member and an outsider. */
export interface ProgramCast {
  owner: TestMember;
  moderator: TestMember;
  member: TestMember;
  outsider: TestMember;
}

export interface CommunityFixture {
  id: string;
  slug: string;
}

export async function createCast(t: TestApp): Promise<ProgramCast> {
  const [owner, moderator, member, outsider] = await t.factories.members(4);
  return { owner, moderator, member, outsider };
}

/** A new community with the cast's owner, moderator and member (ACTIVE) in it; the outsider is not. */
export async function createCommunity(
  t: TestApp,
  cast: ProgramCast,
  visibility: CommunityVisibility,
  extraMembers: TestMember[] = [],
): Promise<CommunityFixture> {
  const communities = t.app.get(CommunitiesService);
  const memberships = t.app.get(MembershipsService);
  const owner = cast.owner.user.id;
  const community = await communities.create(owner, {
    slug: uniqueSlug(),
    name: `Programs ${uniqueSlug()}`,
    visibility: CommunityVisibility.PRIVATE,
  });
  const joined = await Promise.all([cast.moderator, cast.member, ...extraMembers].map((m) => memberships.join(m.user.id, community.id)));
  for (const membership of joined) await memberships.review(owner, membership.id, true);
  await memberships.setRole(owner, community.id, cast.moderator.user.id, CommunityRole.MODERATOR);
  if (visibility === CommunityVisibility.PUBLIC) await communities.update(owner, community.id, { visibility });
  return { id: community.id, slug: community.slug };
}

/** A program made by the owner through the service, moved forward to `status` (at most MATCHING). */
export async function createProgram(
  t: TestApp,
  cast: ProgramCast,
  communityId: string,
  status: ProgramStatus = ProgramStatus.DRAFT,
  overrides: Partial<NewProgram> = {},
): Promise<string> {
  const programs = t.app.get(ProgramsService);
  const program = await programs.create(cast.owner.user.id, { communityId, slug: uniqueSlug('p'), title: 'Spring cohort', ...overrides });
  for (const next of [ProgramStatus.OPEN, ProgramStatus.MATCHING]) {
    if (status === ProgramStatus.DRAFT || (status === ProgramStatus.OPEN && next === ProgramStatus.MATCHING)) break;
    await programs.setStatus(cast.owner.user.id, program.id, next);
  }
  return program.id;
}

/** An accepted applicant of an OPEN program (through the services). */
export async function acceptApplicant(
  t: TestApp,
  managerId: string,
  programId: string,
  member: TestMember,
  role: ProgramRole,
  extra: { capacity?: number; goals?: string; answers?: string[] } = {},
): Promise<string> {
  const applications = t.app.get(ProgramApplicationsService);
  const application = await applications.apply(member.user.id, {
    programId,
    role,
    capacity: role === ProgramRole.MENTOR ? (extra.capacity ?? 1) : null,
    goals: extra.goals ?? null,
    answers: extra.answers ?? [],
  });
  await applications.review(managerId, application.id, true);
  return application.id;
}
