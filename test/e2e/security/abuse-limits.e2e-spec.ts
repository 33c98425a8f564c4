import { ModulesContainer } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { CommentsService } from '@kindling/comments';
import { CommunitiesService, CommunityVisibility, MembershipsService } from '@kindling/communities';
import { MentorshipRequestsService } from '@kindling/mentorship';
import { PostsService } from '@kindling/posts';
import { RoadmapDraftService, RoadmapsService } from '@kindling/roadmaps';
import { ABUSE_LIMIT_BUCKETS, createTestApp, expectOk, GraphQLResponse, TestApp, TestMember, uniqueSlug } from '@kindling/testing';
import { ThreadsService } from '@kindling/threads';
import { WRITE_LIMIT_EXEMPTIONS } from '../../../apps/api/src/graphql/rate-limits/write-limit-exemptions';
import { WRITE_LIMIT_KEY } from '../../../apps/api/src/graphql/rate-limits/write-limit.key';
import { WriteLimitName } from '../../../apps/api/src/graphql/rate-limits/write-limits';
import { jobInput, POST_JOB } from '../job-board/job-fixtures';
import { inHours, mentorProfile, openRoom } from '../mentorship/mentorship-fixtures';

const LIMIT = 2;
const WINDOW = 60;
const BUCKETS = ABUSE_LIMIT_BUCKETS;
const ENV = { WRITE_LIMITS: BUCKETS.map((name) => `${name}=${LIMIT}/${WINDOW}`).join(',') };

type Call = [query: string, variables: Record<string, unknown>];

/** One limited mutation: what it needs, one call of it, what may happen between calls, and the rows it writes. */
interface Row {
  mutation: string;
  bucket: WriteLimitName;
  prepare(t: TestApp, actor: TestMember): Promise<Record<string, string>>;
  call(ctx: Record<string, string>, i: number): Call;
  /** Between accepted calls (e.g. withdraw, so asking again is possible); `result` is the call's data. */
  between?(t: TestApp, actor: TestMember, ctx: Record<string, string>, result: Record<string, any>): Promise<void>;
  rows(t: TestApp, actor: TestMember, ctx: Record<string, string>): Promise<unknown[]>;
}

async function ownPost(t: TestApp, author: TestMember): Promise<string> {
  const thread = await t.app.get(ThreadsService).create(author.user.id, { title: 'abuse limits' });
  return (await t.app.get(PostsService).create(author.user.id, { threadId: thread.id, body: 'original' })).id;
}

async function ownCommunity(t: TestApp, owner: TestMember, visibility = CommunityVisibility.PUBLIC): Promise<string> {
  return (await t.app.get(CommunitiesService).create(owner.user.id, { slug: uniqueSlug(), name: 'Abuse limits', visibility })).id;
}

async function draftRoadmap(t: TestApp, author: TestMember): Promise<string> {
  const communityId = await ownCommunity(t, author);
  return (await t.app.get(RoadmapsService).create(author.user.id, { communityId, slug: uniqueSlug(), title: 'Limits' })).id;
}

const ROWS: Row[] = [
  {
    mutation: 'editPost',
    bucket: 'edits',
    prepare: async (t, actor) => ({ postId: await ownPost(t, actor) }),
    call: (ctx, i) => [`mutation($id: ID!, $b: String!) { editPost(id: $id, body: $b) { id } }`, { id: ctx.postId, b: `edit ${i}` }],
    rows: (t, _, ctx) => t.db.query(`SELECT body, edited_at FROM post WHERE id = $1`, [ctx.postId]),
  },
  {
    mutation: 'editComment',
    bucket: 'edits',
    prepare: async (t, actor) => {
      const comment = await t.app.get(CommentsService).add(actor.user.id, { postId: await ownPost(t, actor), body: 'original' });
      return { commentId: comment.id };
    },
    call: (ctx, i) => [`mutation($id: ID!, $b: String!) { editComment(id: $id, body: $b) { id } }`, { id: ctx.commentId, b: `edit ${i}` }],
    rows: (t, _, ctx) => t.db.query(`SELECT body, edited_at FROM comment WHERE id = $1`, [ctx.commentId]),
  },
  {
    mutation: 'createThread',
    bucket: 'threads',
    prepare: () => Promise.resolve({}),
    call: (_, i) => [`mutation($t: String!) { createThread(input: { title: $t }) { id } }`, { t: `thread ${i}` }],
    rows: (t, actor) => t.db.query(`SELECT id FROM growth_thread WHERE author_id = $1`, [actor.user.id]),
  },
  {
    mutation: 'createCommunity',
    bucket: 'communities',
    prepare: () => Promise.resolve({}),
    call: () => [
      `mutation($s: String!) { createCommunity(input: { slug: $s, name: "Limits", visibility: PUBLIC }) { id } }`,
      { s: uniqueSlug() },
    ],
    rows: (t, actor) => t.db.query(`SELECT id FROM community WHERE created_by_id = $1`, [actor.user.id]),
  },
  {
    mutation: 'react',
    bucket: 'reactions',
    prepare: async (t) => ({ postId: await ownPost(t, await t.factories.member()) }),
    call: (ctx, i) => [
      `mutation($p: ID!, $r: ReactionType!) { react(postId: $p, type: $r) { id } }`,
      { p: ctx.postId, r: ['CHEER', 'SUPPORT', 'INSIGHTFUL', 'CELEBRATE'][i] },
    ],
    rows: (t, actor) => t.db.query(`SELECT post_id, type FROM reaction WHERE user_id = $1`, [actor.user.id]),
  },
  {
    // The flood the issue names: request, withdraw, request again, each time notifying the mentor.
    mutation: 'requestMentorship',
    bucket: 'mentorshipRequests',
    prepare: async (t) => {
      const mentor = await t.factories.member();
      await mentorProfile(t, mentor);
      return { mentorId: mentor.user.id };
    },
    call: (ctx) => [
      `mutation($m: ID!) { requestMentorship(input: { mentorId: $m, message: "Mentor me?", goals: ["Ship"] }) { id } }`,
      { m: ctx.mentorId },
    ],
    between: async (t, actor, _, result) => {
      await t.app.get(MentorshipRequestsService).withdraw(actor.user.id, result.requestMentorship.id);
    },
    rows: (t, actor) => t.db.query(`SELECT id, status FROM mentorship_request WHERE mentee_id = $1`, [actor.user.id]),
  },
  {
    mutation: 'postJob',
    bucket: 'jobPostings',
    prepare: () => Promise.resolve({}),
    call: (_, i) => [POST_JOB, { input: jobInput({ title: `Job ${i}` }) }],
    rows: (t, actor) => t.db.query(`SELECT id FROM job_posting WHERE posted_by_id = $1`, [actor.user.id]),
  },
  {
    mutation: 'addRoadmapStep',
    bucket: 'roadmapSteps',
    prepare: async (t, actor) => ({ roadmapId: await draftRoadmap(t, actor) }),
    call: (ctx, i) => [
      `mutation($r: ID!, $t: String!) { addRoadmapStep(roadmapId: $r, input: { title: $t }) { id } }`,
      { r: ctx.roadmapId, t: `Step ${i}` },
    ],
    rows: (t, _, ctx) => t.db.query(`SELECT id FROM roadmap_step WHERE roadmap_id = $1`, [ctx.roadmapId]),
  },
  {
    // A join / leave loop on a private community notifies its moderators at every join.
    mutation: 'joinCommunity',
    bucket: 'memberships',
    prepare: async (t) => ({ communityId: await ownCommunity(t, await t.factories.member(), CommunityVisibility.PRIVATE) }),
    call: (ctx) => [`mutation($c: ID!) { joinCommunity(communityId: $c) { id } }`, { c: ctx.communityId }],
    between: async (t, actor, ctx) => {
      await t.app.get(MembershipsService).leave(actor.user.id, ctx.communityId);
    },
    rows: (t, actor, ctx) =>
      t.db.query(`SELECT id FROM membership WHERE user_id = $1 AND community_id = $2`, [actor.user.id, ctx.communityId]),
  },
  {
    mutation: 'scheduleSession',
    bucket: 'sessions',
    prepare: async (t, actor) => ({ roomId: await openRoom(t, await t.factories.member(), actor) }),
    call: (ctx, i) => [
      `mutation($r: ID!, $at: DateTime!) { scheduleSession(roomId: $r, input: { scheduledAt: $at, durationMinutes: 30 }) { id } }`,
      { r: ctx.roomId, at: inHours(24 + i).toISOString() },
    ],
    rows: (t, _, ctx) => t.db.query(`SELECT id FROM mentorship_session WHERE room_id = $1`, [ctx.roomId]),
  },
  {
    // Each new version notifies every enrolled member.
    mutation: 'publishRoadmap',
    bucket: 'roadmapPublications',
    prepare: async (t, actor) => {
      const roadmapId = await draftRoadmap(t, actor);
      await t.app.get(RoadmapDraftService).addStep(actor.user.id, roadmapId, { title: 'Step 0' });
      return { roadmapId };
    },
    call: (ctx) => [`mutation($r: ID!) { publishRoadmap(id: $r) { id version } }`, { r: ctx.roadmapId }],
    between: async (t, actor, ctx, result) => {
      await t.app.get(RoadmapDraftService).addStep(actor.user.id, ctx.roadmapId, { title: `After ${result.publishRoadmap.version}` });
    },
    rows: (t, _, ctx) => t.db.query(`SELECT version FROM roadmap_version WHERE roadmap_id = $1 ORDER BY version`, [ctx.roadmapId]),
  },
];

const expectRateLimited = (res: GraphQLResponse) => {
  expect(res.data).toBeNull();
  expect(res.errors).toHaveLength(1);
  const extensions = res.errors![0].extensions!;
  expect(extensions.code).toBe('RATE_LIMITED');
  expect(Number.isInteger(extensions.retryAfter)).toBe(true);
  expect(extensions.retryAfter).toBeGreaterThan(0);
  expect(extensions.retryAfter).toBeLessThanOrEqual(WINDOW);
};

describe('abuse limits on writes that notify or fan out (WRITE_LIMITS lowered)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: ENV });
  });
  afterAll(() => t.close());

  it.each(ROWS.map((row) => [row.mutation, row.bucket, row] as const))(
    '%s: past %s the call is RATE_LIMITED with retryAfter and writes nothing',
    async (_, __, row) => {
      const actor = await t.factories.member();
      const ctx = await row.prepare(t, actor);
      for (let i = 0; i < LIMIT; i++) {
        const [query, variables] = row.call(ctx, i);
        const result = expectOk(await t.gql(query, variables, { token: actor.token }));
        await row.between?.(t, actor, ctx, result);
      }
      const before = await row.rows(t, actor, ctx);
      const [query, variables] = row.call(ctx, LIMIT);
      expectRateLimited(await t.gql(query, variables, { token: actor.token }));
      expect(await row.rows(t, actor, ctx)).toEqual(before);
      // The limit is the member's: someone else still gets through.
      const other = await t.factories.member();
      const [otherQuery, otherVariables] = row.call(await row.prepare(t, other), 0);
      expectOk(await t.gql(otherQuery, otherVariables, { token: other.token }));
    },
  );

  it('edits share one bucket: editPost calls count against editComment', async () => {
    const actor = await t.factories.member();
    const postId = await ownPost(t, actor);
    const comment = await t.app.get(CommentsService).add(actor.user.id, { postId, body: 'original' });
    for (let i = 0; i < LIMIT; i++)
      expectOk(await t.gql(`mutation($id: ID!) { editPost(id: $id, body: "e") { id } }`, { id: postId }, { token: actor.token }));
    expectRateLimited(
      await t.gql(`mutation($id: ID!) { editComment(id: $id, body: "e") { id } }`, { id: comment.id }, { token: actor.token }),
    );
  });

  describe('every mutation is limited or exempt with a reason', () => {
    /** Mutation field name → the @WriteLimit bucket on its resolver method (undefined when none). */
    function mutationLimits(): Map<string, WriteLimitName | undefined> {
      const found = new Map<string, WriteLimitName | undefined>();
      for (const module of t.app.get(ModulesContainer).values()) {
        for (const wrapper of module.providers.values()) {
          const prototype = wrapper.metatype && (wrapper.metatype as { prototype?: object }).prototype;
          if (!prototype || typeof prototype !== 'object') continue;
          for (const key of Object.getOwnPropertyNames(prototype)) {
            const method = (Object.getOwnPropertyDescriptor(prototype, key)?.value ?? null) as object | null;
            if (typeof method !== 'function' || Reflect.getMetadata('graphql:resolver_type', method) !== 'Mutation') continue;
            const name = (Reflect.getMetadata('graphql:resolver_name', method) as string | undefined) ?? key;
            found.set(name, Reflect.getMetadata(WRITE_LIMIT_KEY, method) as WriteLimitName | undefined);
          }
        }
      }
      return found;
    }

    it('each served Mutation field carries @WriteLimit or is listed in WRITE_LIMIT_EXEMPTIONS, never both', () => {
      const served = Object.keys(t.app.get(GraphQLSchemaHost).schema.getMutationType()!.getFields()).sort();
      const limits = mutationLimits();
      expect([...limits.keys()].sort()).toEqual(served); // every field was found on a resolver method
      const unaccounted = served.filter((name) => !limits.get(name) && !(name in WRITE_LIMIT_EXEMPTIONS));
      expect(unaccounted).toEqual([]);
      const both = served.filter((name) => limits.get(name) && name in WRITE_LIMIT_EXEMPTIONS);
      expect(both).toEqual([]);
      const stale = Object.keys(WRITE_LIMIT_EXEMPTIONS).filter((name) => !served.includes(name));
      expect(stale).toEqual([]);
    });

    it('the mutations the issue names are limited by the bucket this file tests', () => {
      const limits = mutationLimits();
      for (const row of ROWS) expect([row.mutation, limits.get(row.mutation)]).toEqual([row.mutation, row.bucket]);
      expect(limits.get('createPost')).toBe('posts');
      expect(limits.get('addComment')).toBe('comments');
      expect(limits.get('follow')).toBe('follows');
      expect(limits.get('sendRoomMessage')).toBe('roomMessages');
      expect(limits.get('reportContent')).toBe('reports');
    });
  });
});
