import { CommentsService } from '@kindling/comments';
import { CommunitiesService, CommunityVisibility, MembershipsService } from '@kindling/communities';
import { RoomRoadmapService } from '@kindling/mentorship';
import { PostsService } from '@kindling/posts';
import {
  EnrollmentsService,
  ResourceKind,
  RoadmapDraftService,
  RoadmapPublishingService,
  RoadmapsService,
  StepProgressService,
  StepStatus,
} from '@kindling/roadmaps';
import { ThreadsService } from '@kindling/threads';
import { createTestApp, refusal, TestApp, TestMember, uniqueSlug, uniqueWord } from '@kindling/testing';
import { seedCommunity } from '../communities/community-fixtures';
import { openRoom } from '../mentorship/mentorship-fixtures';

const ROOM = `query($r: ID!) { mentorshipRoom(id: $r) { id enrollment {
  id version upgradeAvailable
  roadmap { title description version community { name } steps { title description resources { title url } } }
  steps { step { title description resources { title url } } status evidence { body comments { nodes { body } } } }
} } }`;
const VERIFY = `mutation($r: ID!, $s: ID!) { verifyStep(roomId: $r, stepId: $s) { status step { title } } }`;

/**
 * A roadmap enrollment shared into a mentorship room shows each participant no more than they could see without
 * the room: a mentor outside the roadmap's private community, or banned from it, reads the room with
 * `enrollment: null` (no steps, resources, evidence, roadmap or community name), and cannot verify steps (the
 * refusal reads as "nothing shared": CONFLICT on roomId). A ban also hides everything published after it.
 */
describe('roadmap enrollments shared into rooms leak nothing', () => {
  let t: TestApp;
  let owner: TestMember;
  beforeAll(async () => {
    t = await createTestApp();
    owner = await t.factories.member();
  });
  afterAll(() => t.close());

  /** A private community's published roadmap, followed by the mentee (one step DONE with evidence) and shared into a room. */
  async function scene({ mentorIsMember }: { mentorIsMember: boolean }) {
    const w = uniqueWord('leak');
    const [mentor, mentee] = await t.factories.members(2);
    const community = await seedCommunity(t, {
      owner,
      visibility: CommunityVisibility.PRIVATE,
      active: mentorIsMember ? [mentee, mentor] : [mentee],
    });
    await t.app.get(CommunitiesService).update(owner.user.id, community.id, { name: `Circle ${w}` });
    const roadmap = await t.app
      .get(RoadmapsService)
      .create(owner.user.id, { communityId: community.id, slug: uniqueSlug(), title: `Path ${w}`, description: `About ${w}` });
    const step = await t.app.get(RoadmapDraftService).addStep(owner.user.id, roadmap.id, {
      title: `Step ${w}`,
      description: `Do ${w}`,
      resources: [{ title: `Read ${w}`, url: `https://example.com/${w}`, kind: ResourceKind.ARTICLE }],
    });
    await t.app.get(RoadmapPublishingService).publish(owner.user.id, roadmap.id);
    const enrollment = await t.app.get(EnrollmentsService).enroll(mentee.user.id, roadmap.id, false);
    const thread = await t.app.get(ThreadsService).create(mentee.user.id, { title: `Notes ${w}`, communityId: community.id });
    const evidence = await t.app.get(PostsService).create(mentee.user.id, { threadId: thread.id, body: `Evidence ${w}` });
    await t.app
      .get(StepProgressService)
      .update(mentee.user.id, { enrollmentId: enrollment.id, stepId: step.id, status: StepStatus.DONE, evidencePostId: evidence.id });
    const roomId = await openRoom(t, mentor, mentee);
    await t.app.get(RoomRoadmapService).shareEnrollment(mentee.user.id, roomId, enrollment.id);
    return {
      w,
      mentor,
      mentee,
      communityId: community.id,
      roadmapId: roadmap.id,
      stepId: step.id,
      evidenceId: evidence.id,
      roomId,
      enrollmentId: enrollment.id,
    };
  }
  type Scene = Awaited<ReturnType<typeof scene>>;

  const readRoom = (s: Scene, who: TestMember) => t.gql(ROOM, { r: s.roomId }, { token: who.token });
  const progressRows = (s: Scene) => t.db.query(`SELECT * FROM step_progress WHERE enrollment_id = $1 ORDER BY step_id`, [s.enrollmentId]);

  /** The room reads with no enrollment, and nothing in the whole answer carries any of `words`. */
  async function expectNothingShown(s: Scene, who: TestMember, words: string[]) {
    const res = await readRoom(s, who);
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ mentorshipRoom: { id: s.roomId, enrollment: null } });
    for (const word of words) expect(JSON.stringify(res)).not.toContain(word);
  }

  async function expectVerifyRefused(s: Scene) {
    const before = await progressRows(s);
    const res = await t.gql(VERIFY, { r: s.roomId, s: s.stepId }, { token: s.mentor.token });
    expect(refusal(res)).toEqual({ code: 'CONFLICT', field: 'roomId' });
    expect(JSON.stringify(res)).not.toContain(s.w);
    expect(await progressRows(s)).toEqual(before);
  }

  it('a mentor outside the private community reads no steps, resources, evidence or community name, and verifies nothing', async () => {
    const s = await scene({ mentorIsMember: false });
    const mine = (await readRoom(s, s.mentee)).data!.mentorshipRoom.enrollment;
    expect(mine.roadmap.community).toEqual({ name: `Circle ${s.w}` }); // control: the mentee sees it all
    expect(mine.steps[0]).toMatchObject({ status: 'DONE', evidence: { body: `Evidence ${s.w}` } });
    await expectNothingShown(s, s.mentor, [s.w]);
    await expectVerifyRefused(s);
  });

  it('a mentor banned from the community stops seeing it, versions, descriptions and evidence comments published after the ban included', async () => {
    const s = await scene({ mentorIsMember: true });
    expect((await readRoom(s, s.mentor)).data!.mentorshipRoom.enrollment).toMatchObject({ id: s.enrollmentId }); // control
    await t.app.get(MembershipsService).ban(owner.user.id, s.communityId, s.mentor.user.id);
    const later = uniqueWord('later');
    await t.app.get(RoadmapsService).update(owner.user.id, s.roadmapId, { description: `Revised ${later}` });
    await t.app.get(RoadmapDraftService).addStep(owner.user.id, s.roadmapId, { title: `Extra ${later}` });
    await t.app.get(RoadmapPublishingService).publish(owner.user.id, s.roadmapId);
    await t.app.get(CommentsService).add(owner.user.id, { postId: s.evidenceId, body: `Comment ${later}` });
    await expectNothingShown(s, s.mentor, [s.w, later]);
    await expectVerifyRefused(s);
  });

  it('a mentee banned from the community no longer reads the enrollment through the room either', async () => {
    const s = await scene({ mentorIsMember: true });
    await t.app.get(MembershipsService).ban(owner.user.id, s.communityId, s.mentee.user.id);
    const later = uniqueWord('later');
    await t.app.get(RoadmapsService).update(owner.user.id, s.roadmapId, { description: `Revised ${later}` });
    await t.app.get(RoadmapPublishingService).publish(owner.user.id, s.roadmapId);
    await expectNothingShown(s, s.mentee, [s.w, later]);
  });
});
