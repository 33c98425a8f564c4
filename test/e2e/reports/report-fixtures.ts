import { CommentsService } from '@kindling/comments';
import { CommunitiesService, CommunityRole, CommunityVisibility, MembershipsService } from '@kindling/communities';
import { PostsService } from '@kindling/posts';
import { ThreadsService } from '@kindling/threads';
import { GraphQLResponse, TestApp, TestMember } from '@kindling/testing';
import { uniqueSlug, uniqueWord } from '../communities/community-fixtures';

export const REPORT = `mutation($input: ReportInput!) {
  reportContent(input: $input) { id reason details status resolvedAt resolvedBy { handle } reporter { handle } post { id } comment { id } }
}`;
export const RESOLVE = `mutation($id: ID!, $resolution: ReportResolution!) {
  resolveReport(id: $id, resolution: $resolution) { id status resolvedAt resolvedBy { handle } post { id } comment { id body } }
}`;
export const COMMUNITY_REPORTS = `query($slug: String!, $status: ReportStatus, $first: Int, $after: String) {
  community(slug: $slug) {
    reports(status: $status, first: $first, after: $after) { edges { cursor node { id status reason } } pageInfo { hasNextPage endCursor } }
  }
}`;

export const code = (res: GraphQLResponse): string => res.errors?.[0]?.extensions?.code ?? 'OK';

/** The community's cast: owner, moderator, an ACTIVE author and reporter, and an outsider; plus a moderator of another community. */
export interface Cast {
  owner: TestMember;
  moderator: TestMember;
  author: TestMember;
  reporter: TestMember;
  member: TestMember;
  outsider: TestMember;
  otherModerator: TestMember;
}

export interface Scene {
  communityId: string;
  slug: string;
  threadId: string;
  /** The author's post in the community, with a #tag of its own for publicFeed. */
  postId: string;
  tag: string;
  /** The member's comment on that post. */
  commentId: string;
}

export async function createCast(t: TestApp): Promise<Cast> {
  const [owner, moderator, author, reporter, member, outsider, otherModerator] = await t.factories.members(7);
  await t.app
    .get(CommunitiesService)
    .create(otherModerator.user.id, { slug: uniqueSlug('else'), name: 'Elsewhere', visibility: CommunityVisibility.PUBLIC });
  return { owner, moderator, author, reporter, member, outsider, otherModerator };
}

/** A fresh community (public unless asked) with the cast in place, one post and one comment on it. */
export async function createScene(t: TestApp, cast: Cast, visibility = CommunityVisibility.PUBLIC): Promise<Scene> {
  const communities = t.app.get(CommunitiesService);
  const memberships = t.app.get(MembershipsService);
  const community = await communities.create(cast.owner.user.id, { slug: uniqueSlug('rep'), name: 'Reports scene', visibility });
  for (const m of [cast.moderator, cast.author, cast.reporter, cast.member]) {
    const joined = await memberships.join(m.user.id, community.id);
    if (visibility === CommunityVisibility.PRIVATE) await memberships.review(cast.owner.user.id, joined.id, true);
  }
  await memberships.setRole(cast.owner.user.id, community.id, cast.moderator.user.id, CommunityRole.MODERATOR);
  const tag = uniqueWord('tag');
  const thread = await t.app.get(ThreadsService).create(cast.author.user.id, { title: 'Reported thread', communityId: community.id });
  const post = await t.app.get(PostsService).create(cast.author.user.id, { threadId: thread.id, body: `Questionable #${tag}` });
  const comment = await t.app.get(CommentsService).add(cast.member.user.id, { postId: post.id, body: 'Questionable comment' });
  return { communityId: community.id, slug: community.slug, threadId: thread.id, postId: post.id, tag, commentId: comment.id };
}

/** A post (and a comment on it) outside any community: its reports go to platform admins. */
export async function createLoosePost(t: TestApp, author: TestMember, commenter: TestMember) {
  const thread = await t.app.get(ThreadsService).create(author.user.id, { title: 'Loose thread' });
  const post = await t.app.get(PostsService).create(author.user.id, { threadId: thread.id, body: 'Loose post' });
  const comment = await t.app.get(CommentsService).add(commenter.user.id, { postId: post.id, body: 'Loose comment' });
  return { threadId: thread.id, postId: post.id, commentId: comment.id };
}

/** Everything a refused call must leave as it was. */
export async function snapshot(t: TestApp, scene: { postId: string; commentId: string; communityId?: string }) {
  const [reports, posts, comments, actions] = await Promise.all([
    t.db.query(`SELECT * FROM report WHERE post_id = $1 OR comment_id = $2 ORDER BY id`, [scene.postId, scene.commentId]),
    t.db.query(`SELECT * FROM post WHERE id = $1`, [scene.postId]),
    t.db.query(`SELECT * FROM comment WHERE id = $1`, [scene.commentId]),
    t.db.query(`SELECT * FROM moderation_action WHERE community_id = $1 ORDER BY id`, [scene.communityId ?? '0']),
  ]);
  return { reports, posts, comments, actions };
}

/** A report filed through the API by `who`; fails on any error. */
export async function fileReport(t: TestApp, who: TestMember, input: Record<string, unknown>): Promise<string> {
  const res = await t.gql(REPORT, { input: { reason: 'SPAM', ...input } }, { token: who.token });
  expect(res.errors).toBeUndefined();
  return res.data!.reportContent.id;
}
