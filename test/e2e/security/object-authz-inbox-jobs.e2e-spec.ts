import { CommunityVisibility } from '@kindling/communities';
import { createTestApp, expectOk, outcome, TestApp, TestMember, waitUntil } from '@kindling/testing';
import { CLOSE_JOB, createCommunity, createCommunityCast, JOB, jobRows, postJob, UPDATE_JOB } from '../job-board/job-fixtures';
import { createCast, createScene, fileReport, RESOLVE, snapshot } from '../reports/report-fixtures';

/** Notifications of others, private-community jobs and reports, seen by people who must not touch them. */
describe('object-level authorization: notifications, jobs, reports', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ worker: true });
  });
  afterAll(() => t.close());

  it("markNotificationsRead with another member's ids changes nothing and returns 0", async () => {
    const [owner, follower, intruder] = await t.factories.members(3);
    expectOk(await t.gql(`mutation($id: ID!) { follow(userId: $id) { id } }`, { id: owner.user.id }, { token: follower.token }));
    const rows = () => t.db.query(`SELECT id::text, read_at FROM notification WHERE recipient_id = $1 ORDER BY id`, [owner.user.id]);
    const ids = (await waitUntil('the follow notification', async () => ((await rows()).length > 0 ? await rows() : false))).map(
      (r: { id: string }) => r.id,
    );
    const before = await rows();
    for (const who of [intruder, follower]) {
      const res = await t.gql(`mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }`, { ids }, { token: who.token });
      expect(res.data).toEqual({ markNotificationsRead: 0 });
    }
    const read = await t.gql(`{ notifications { nodes { id } } }`, {}, { token: intruder.token });
    expect(read.data).toEqual({ notifications: { nodes: [] } });
    expect(await rows()).toEqual(before);
    expect(before.every((r: { read_at: unknown }) => r.read_at === null)).toBe(true);
    // Control: the owner's own call marks them.
    expect(expectOk(await t.gql(`mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }`, { ids }, { token: owner.token }))).toEqual({
      markNotificationsRead: ids.length,
    });
  });

  describe('a job of a private community', () => {
    let cast: Awaited<ReturnType<typeof createCommunityCast>>;
    let jobId: string;
    beforeAll(async () => {
      cast = await createCommunityCast(t);
      const community = await createCommunity(t, cast, CommunityVisibility.PRIVATE);
      jobId = (await postJob(t, cast.member, { communityId: community.id })).id as string;
    });
    const outsiders = ['outsider', 'pending', 'banned', 'anonymous'] as const;
    const who = (name: (typeof outsiders)[number]): TestMember | null => (name === 'anonymous' ? null : cast[name]);

    it.each(outsiders)('job(id) is null for %s, while a public-free alias next to it answers', async (name) => {
      const res = await t.gql(
        `query($id: ID!) { job(id: $id) { id title } me { id } }`,
        { id: jobId },
        { token: who(name)?.token ?? null },
      );
      expect(res.errors).toBeUndefined();
      expect(res.data).toEqual({ job: null, me: name === 'anonymous' ? null : { id: who(name)!.user.id } });
    });

    it.each(outsiders.flatMap((name) => [['updateJob', name] as const, ['closeJob', name] as const]))(
      '%s by %s is refused and writes nothing',
      async (op, name) => {
        const before = await jobRows(t, cast.member);
        const res =
          op === 'updateJob'
            ? await t.gql(UPDATE_JOB, { id: jobId, input: { title: 'pwned' } }, { token: who(name)?.token ?? null })
            : await t.gql(CLOSE_JOB, { id: jobId }, { token: who(name)?.token ?? null });
        expect(res.data ?? null).toBeNull();
        expect(outcome(res)).toBe(name === 'anonymous' ? 'UNAUTHENTICATED' : 'NOT_FOUND');
        expect(await jobRows(t, cast.member)).toEqual(before);
      },
    );

    it('the poster still sees it (control)', async () => {
      expect(expectOk(await t.gql(JOB, { id: jobId }, { token: cast.member.token })).job.id).toBe(jobId);
    });
  });

  describe('reports', () => {
    it.each(['member', 'author', 'outsider', 'otherModerator', 'reporter'] as const)(
      'resolveReport by a non-moderator (%s) is refused and writes nothing',
      async (name) => {
        const cast = await createCast(t);
        const scene = await createScene(t, cast);
        const reportId = await fileReport(t, cast.reporter, { postId: scene.postId });
        const before = await snapshot(t, scene);
        const res = await t.gql(RESOLVE, { id: reportId, resolution: 'REMOVE_CONTENT' }, { token: cast[name].token });
        expect(res.data ?? null).toBeNull();
        expect(['NOT_FOUND', 'FORBIDDEN']).toContain(outcome(res));
        expect(await snapshot(t, scene)).toEqual(before);
      },
    );

    it('reportContent on a post of a private community the reporter cannot see is NOT_FOUND and writes nothing', async () => {
      const cast = await createCast(t);
      const scene = await createScene(t, cast, CommunityVisibility.PRIVATE);
      const before = await snapshot(t, scene);
      for (const input of [{ postId: scene.postId }, { commentId: scene.commentId }]) {
        const res = await t.gql(
          `mutation($input: ReportInput!) { reportContent(input: $input) { id } }`,
          { input: { ...input, reason: 'SPAM' } },
          { token: cast.outsider.token },
        );
        expect(res.data ?? null).toBeNull();
        expect(outcome(res)).toBe('NOT_FOUND');
      }
      expect(await snapshot(t, scene)).toEqual(before);
    });
  });
});
