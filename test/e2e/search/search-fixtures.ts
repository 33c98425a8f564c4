import { CommunitiesService, CommunityVisibility, MembershipsService } from '@kindling/communities';
import { EmploymentType, JobPostingsService } from '@kindling/job-board';
import { PostsService } from '@kindling/posts';
import { RoadmapDraftService, RoadmapPublishingService, RoadmapsService } from '@kindling/roadmaps';
import { ThreadsService } from '@kindling/threads';
import { GraphQLResponse, TestApp, TestMember } from '@kindling/testing';
import { uniqueSlug } from '../communities/community-fixtures';

export const SEARCH = `query($q: String!, $limit: Int) {
  search(query: $q, limit: $limit) {
    users { handle }
    communities { slug }
    threads { title }
    posts { body }
    roadmaps { title }
    jobs { title }
  }
}`;

export interface Found {
  users: string[];
  communities: string[];
  threads: string[];
  posts: string[];
  roadmaps: string[];
  jobs: string[];
}

/** The search response flattened to handles, slugs, titles and bodies; fails on any error. */
export function found(res: GraphQLResponse): Found {
  expect(res.errors).toBeUndefined();
  const { users, communities, threads, posts, roadmaps, jobs } = res.data!.search;
  return {
    users: users.map((u: { handle: string }) => u.handle),
    communities: communities.map((c: { slug: string }) => c.slug),
    threads: threads.map((t: { title: string }) => t.title),
    posts: posts.map((p: { body: string }) => p.body),
    roadmaps: roadmaps.map((r: { title: string }) => r.title),
    jobs: jobs.map((j: { title: string }) => j.title),
  };
}

export const search = async (t: TestApp, q: string, viewer?: TestMember | null, limit?: number): Promise<Found> =>
  found(await t.gql(SEARCH, { q, ...(limit !== undefined && { limit }) }, { token: viewer?.token }));

/** Content built through the real services (the search sees exactly what they write). */
export class ContentBuilder {
  constructor(private readonly t: TestApp) {}

  async community(owner: TestMember, name: string, visibility: CommunityVisibility) {
    return this.t.app.get(CommunitiesService).create(owner.user.id, { slug: uniqueSlug('srch'), name, visibility });
  }

  /** Joins and, in a private community, has the owner approve. */
  async join(member: TestMember, communityId: string, approvedBy?: TestMember) {
    const memberships = this.t.app.get(MembershipsService);
    const membership = await memberships.join(member.user.id, communityId);
    if (approvedBy) await memberships.review(approvedBy.user.id, membership.id, true);
  }

  thread(author: TestMember, title: string, options: { goal?: string; communityId?: string } = {}) {
    return this.t.app.get(ThreadsService).create(author.user.id, { title, goal: options.goal, communityId: options.communityId });
  }

  post(author: TestMember, threadId: string, body: string) {
    return this.t.app.get(PostsService).create(author.user.id, { threadId, body });
  }

  /** A roadmap by a moderator of the community, with one step; published unless asked. */
  async roadmap(author: TestMember, communityId: string, title: string, { publish = true } = {}) {
    const roadmap = await this.t.app.get(RoadmapsService).create(author.user.id, { communityId, slug: uniqueSlug('rm'), title });
    await this.t.app.get(RoadmapDraftService).addStep(author.user.id, roadmap.id, { title: 'First step' });
    return publish ? this.t.app.get(RoadmapPublishingService).publish(author.user.id, roadmap.id) : roadmap;
  }

  job(poster: TestMember, title: string, communityId?: string) {
    return this.t.app.get(JobPostingsService).post(poster.user.id, {
      title,
      company: 'Acme',
      description: 'Build things',
      remote: true,
      employmentType: EmploymentType.FULL_TIME,
      skills: ['typescript'],
      applyUrl: 'https://example.test/apply',
      communityId,
    });
  }
}
