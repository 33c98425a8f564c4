import { CommunitiesService, CommunityVisibility, MembershipsService } from '@kindling/communities';
import { LastSeenTracker, TimelineStore } from '@kindling/feed';
import { JobQueue } from '@kindling/jobs';
import { PostsService } from '@kindling/posts';
import { RedisService } from '@kindling/redis';
import { SocialGraphService } from '@kindling/social-graph';
import { ThreadsService } from '@kindling/threads';
import { createTestApp, firstError, TestApp, TestMember, waitUntil } from '@kindling/testing';
import { randomBytes } from 'node:crypto';

export const HOME_FEED = `query($first: Int, $after: String) {
  homeFeed(first: $first, after: $after) { edges { cursor node { id } } nodes { id } pageInfo { hasNextPage endCursor } }
}`;

export interface FeedConnection {
  edges: Array<{ cursor: string; node: { id: string } }>;
  nodes: Array<{ id: string }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/**
 * The API and a worker on a Redis prefix of their own (under the run's, so
 * teardown still clears it): every app of a test run shares the BullMQ queues
 * otherwise, and a worker of another spec file, with other settings or about
 * to shut down, would take this file's feed jobs.
 */
export function createFeedTestApp(name: string, env: Record<string, string> = {}): Promise<TestApp> {
  return createTestApp({ worker: true, env: { REDIS_PREFIX: `${process.env.REDIS_PREFIX}:${name}`, ...env } });
}

/** Builds the graph through the services and reads timelines straight from Redis. */
export class FeedFixtures {
  constructor(readonly t: TestApp) {}

  get redis() {
    return this.t.app.get(RedisService).client;
  }

  async homeFeed(member: TestMember, variables: { first?: number; after?: string | null } = {}): Promise<FeedConnection> {
    const res = await this.t.gql(HOME_FEED, { first: 100, ...variables }, { token: member.token });
    expect(firstError(res)).toBeNull();
    return res.data!.homeFeed as FeedConnection;
  }

  async homeIds(member: TestMember, first = 100): Promise<string[]> {
    return (await this.homeFeed(member, { first })).nodes.map((n) => n.id);
  }

  /** Reading the feed once builds the member's timeline (fan-out only writes into existing ones). */
  async open(...members: TestMember[]): Promise<void> {
    for (const member of members) await this.homeFeed(member, { first: 1 });
  }

  /** The post ids in the member's Redis timeline, newest first; null when it does not exist. */
  async timeline(member: TestMember): Promise<string[] | null> {
    const key = TimelineStore.key(member.user.id);
    if (!(await this.redis.exists(key))) return null;
    return (await this.redis.zrevrange(key, 0, -1)).filter((id) => id !== '0' && id !== '-1');
  }

  follow = (follower: TestMember, followee: TestMember) => this.t.app.get(SocialGraphService).follow(follower.user.id, followee.user.id);
  block = (blocker: TestMember, blocked: TestMember) => this.t.app.get(SocialGraphService).block(blocker.user.id, blocked.user.id);
  mute = (muter: TestMember, muted: TestMember) => this.t.app.get(SocialGraphService).mute(muter.user.id, muted.user.id);
  subscribe = (member: TestMember, threadId: string) => this.t.app.get(ThreadsService).subscribe(member.user.id, threadId);

  async thread(author: TestMember, communityId: string | null = null): Promise<string> {
    return (await this.t.app.get(ThreadsService).create(author.user.id, { title: 'Feed thread', communityId })).id;
  }

  /** Creates a post (the real path: fan-out enqueued after commit) and waits until its fan-out settled. */
  async post(author: TestMember, threadId: string, body = 'A post'): Promise<string> {
    const post = await this.t.app.get(PostsService).create(author.user.id, { threadId, body });
    await this.settled(`fanout.${post.id}`);
    return post.id;
  }

  async deletePost(author: TestMember, postId: string): Promise<void> {
    await this.t.app.get(PostsService).delete(author.user.id, postId);
    await this.settled(`retract.${postId}`);
  }

  /** Waits until a feed job completed; fails on a failed one. */
  async settled(jobId: string): Promise<unknown> {
    const queue = this.t.app.get(JobQueue).queue('feed');
    return waitUntil(`feed job ${jobId}`, async () => {
      const job = await queue.getJob(jobId);
      const state = await job?.getState();
      if (state === 'failed') throw new Error(`${jobId} failed: ${job!.failedReason}`);
      return state === 'completed' ? (job!.returnvalue ?? true) : undefined;
    });
  }

  /** Keeps the last-seen tracker from writing for these members (tests that set last_seen_at or count statements). */
  async quiet(...members: TestMember[]): Promise<void> {
    for (const m of members) await this.redis.set(LastSeenTracker.key(m.user.id), '1', 'EX', 3_600);
  }

  async privateCommunity(owner: TestMember, active: TestMember[], pending: TestMember[]): Promise<string> {
    const communities = this.t.app.get(CommunitiesService);
    const memberships = this.t.app.get(MembershipsService);
    const slug = `feed-${randomBytes(6).toString('hex')}`;
    const community = await communities.create(owner.user.id, { slug, name: 'Feed fixture', visibility: CommunityVisibility.PRIVATE });
    for (const m of active) await memberships.review(owner.user.id, (await memberships.join(m.user.id, community.id)).id, true);
    for (const m of pending) await memberships.join(m.user.id, community.id);
    return community.id;
  }
}
