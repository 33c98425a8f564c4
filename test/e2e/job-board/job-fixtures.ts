import { CommunitiesService, CommunityRole, CommunityVisibility, MembershipsService } from '@kindling/communities';
import { UsersService } from '@kindling/users';
import { expectOk, TestApp, TestMember, uniqueSlug } from '@kindling/testing';

/** Helpers shared by the job-board e2e specs. */

export const JOB_FIELDS = `id title company description location remote employmentType skills applyUrl status createdAt expiresAt
  postedBy { handle } community { slug }`;

export const POST_JOB = `mutation($input: PostJobInput!) { postJob(input: $input) { ${JOB_FIELDS} } }`;
export const UPDATE_JOB = `mutation($id: ID!, $input: UpdateJobInput!) { updateJob(id: $id, input: $input) { ${JOB_FIELDS} } }`;
export const CLOSE_JOB = `mutation($id: ID!) { closeJob(id: $id) { id status } }`;
export const JOB = `query($id: ID!) { job(id: $id) { ${JOB_FIELDS} } }`;
export const JOBS = `query($filter: JobFilter, $first: Int, $after: String) {
  jobs(filter: $filter, first: $first, after: $after) { nodes { id title status } edges { cursor } pageInfo { hasNextPage endCursor } }
}`;
export const COMMUNITY_JOBS = `query($slug: String!, $first: Int, $after: String) {
  community(slug: $slug) { jobs(first: $first, after: $after) { nodes { id status } pageInfo { hasNextPage endCursor } } }
}`;

export const DAY_MS = 86_400_000;

export { expectOk, outcome, uniqueSlug, uniqueWord } from '@kindling/testing';

export interface JobInput {
  title: string;
  company: string;
  description: string;
  location?: string | null;
  remote: boolean;
  employmentType: string;
  skills: string[];
  applyUrl: string;
  communityId?: string | null;
  expiresAt?: string | null;
}

export const jobInput = (overrides: Partial<JobInput> = {}): JobInput => ({
  title: 'Senior Rust engineer',
  company: 'Ferrous Systems',
  description: 'Build the compiler toolchain with us.',
  location: 'Lisbon',
  remote: true,
  employmentType: 'FULL_TIME',
  skills: ['rust', 'wasm'],
  applyUrl: 'https://jobs.example.com/rust',
  ...overrides,
});

export async function postJob(t: TestApp, member: TestMember, overrides: Partial<JobInput> = {}): Promise<Record<string, any>> {
  return expectOk(await t.gql(POST_JOB, { input: jobInput(overrides) }, { token: member.token })).postJob;
}

export async function setSkills(t: TestApp, member: TestMember, skills: string[]): Promise<void> {
  await t.app.get(UsersService).updateProfile(member.user.id, { skills });
}

/** The job_posting rows of a member, every column, in id order. */
export const jobRows = (t: TestApp, member: TestMember): Promise<Array<Record<string, unknown>>> =>
  t.db.query(`SELECT * FROM job_posting WHERE posted_by_id = $1 ORDER BY id`, [member.user.id]);

export const moderationLog = (t: TestApp, communityId: string): Promise<Array<Record<string, unknown>>> =>
  t.db.query(
    `SELECT type::text, moderator_id::text, target_user_id::text, subject_id::text FROM moderation_action WHERE community_id = $1 ORDER BY id`,
    [communityId],
  );

/** The people around one community: one of each standing. */
export interface CommunityCast {
  owner: TestMember;
  moderator: TestMember;
  member: TestMember;
  pending: TestMember;
  banned: TestMember;
  outsider: TestMember;
}

export interface CommunityFixture {
  id: string;
  slug: string;
}

export async function createCommunityCast(t: TestApp): Promise<CommunityCast> {
  const [owner, moderator, member, pending, banned, outsider] = await t.factories.members(6);
  return { owner, moderator, member, pending, banned, outsider };
}

/** A new community where the cast stands as named (created PRIVATE so the requests stay pending, then set to `visibility`). */
export async function createCommunity(t: TestApp, cast: CommunityCast, visibility: CommunityVisibility): Promise<CommunityFixture> {
  const communities = t.app.get(CommunitiesService);
  const memberships = t.app.get(MembershipsService);
  const owner = cast.owner.user.id;
  const community = await communities.create(owner, { slug: uniqueSlug(), name: 'Job fixture', visibility: CommunityVisibility.PRIVATE });
  const [moderator, member] = await Promise.all(
    [cast.moderator, cast.member, cast.pending].map((m) => memberships.join(m.user.id, community.id)),
  );
  await memberships.review(owner, moderator.id, true);
  await memberships.review(owner, member.id, true);
  await memberships.setRole(owner, community.id, cast.moderator.user.id, CommunityRole.MODERATOR);
  await memberships.ban(owner, community.id, cast.banned.user.id, 'fixture');
  if (visibility === CommunityVisibility.PUBLIC) await communities.update(owner, community.id, { visibility });
  return { id: community.id, slug: community.slug };
}
