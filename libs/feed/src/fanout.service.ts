import { Injectable } from '@nestjs/common';
import { JobQueue } from '@kindling/jobs';
import { PostEntity, PostsService } from '@kindling/posts';
import { UsersService } from '@kindling/users';
import { continuation, decodeFanoutCursor, encodeFanoutCursor, FanoutCursor, planJobs } from './fanout-cursor';
import { FeedRecipients, RecipientBatch } from './feed-recipients';
import { FeedSettings } from './feed-settings';
import { DeliveryOutcome, TimelineStore } from './timeline-store';

export class InvalidFanoutCursorError extends Error {}

/** Batches a planning job looks ahead and hands out, so they run in parallel rather than one after another. */
const PLAN_AHEAD = 10;

type WalkJob = 'feed.fanout' | 'feed.retract';

/**
 * Fan-out on write, one batch of ~1,000 recipients per job (see
 * fanout-cursor.ts for how the walk is split). Jobs enqueue their successors
 * (deterministic job ids) before writing their own batch; every step is
 * idempotent, so a redelivered job changes nothing.
 */
@Injectable()
export class FanoutService {
  constructor(
    private readonly posts: PostsService,
    private readonly users: UsersService,
    private readonly recipients: FeedRecipients,
    private readonly store: TimelineStore,
    private readonly jobs: JobQueue,
    private readonly settings: FeedSettings,
  ) {}

  /** One batch of `feed.fanout`; returns what happened, as the job's result. */
  async fanout(postId: string, cursor?: string): Promise<DeliveryOutcome | 'gone'> {
    const [post] = await this.posts.findByIds([postId]);
    if (!post || post.deletedAt) return 'gone';
    const batch = await this.walk('feed.fanout', post, cursor);
    return this.store.deliver(postId, cursor ?? 'first', batch.deliverable);
  }

  /** One batch of `feed.retract`: the post leaves the timelines of everyone fan-out would reach now. */
  async retract(postId: string, cursor?: string): Promise<number> {
    const [post] = await this.posts.findByIds([postId]);
    if (!post) return 0;
    const { ids } = await this.walk('feed.retract', post, cursor);
    await this.store.retract(postId, ids);
    return ids.length;
  }

  /** Reads this job's batch and enqueues the jobs for the rest of the walk. */
  private async walk(job: WalkJob, post: PostEntity, cursor?: string): Promise<RecipientBatch> {
    const at = await this.position(post, cursor);
    const { batchSize } = this.settings;
    let own = at;
    if (at.upToUserId === null) {
      const { boundaries, total } = await this.recipients.plan(post, at, batchSize * PLAN_AHEAD + 1, batchSize);
      const plan = planJobs(at, boundaries, total, batchSize);
      await this.enqueue(job, post.id, plan.next);
      own = { ...at, upToUserId: plan.ownUpTo };
    }
    const batch = await this.recipients.batch(post, own, batchSize);
    if (batch.more) await this.enqueue(job, post.id, [continuation(own, batch.ids.at(-1)!)]);
    return batch;
  }

  private async enqueue(job: WalkJob, postId: string, cursors: readonly FanoutCursor[]): Promise<void> {
    const prefix = job === 'feed.fanout' ? 'fanout' : 'retract';
    await Promise.all(
      cursors
        .map(encodeFanoutCursor)
        .map((cursor) => this.jobs.enqueue(job, { postId, cursor }, { jobId: `${prefix}.${postId}.${cursor}` })),
    );
  }

  /** The first job decides whether the author is over the follower threshold; later ones carry it in the cursor. */
  private async position(post: PostEntity, cursor: string | undefined): Promise<FanoutCursor> {
    if (cursor !== undefined) {
      const decoded = decodeFanoutCursor(cursor);
      if (!decoded) throw new InvalidFanoutCursorError(`invalid fan-out cursor "${cursor}"`);
      return decoded;
    }
    const author = await this.users.findById(post.authorId);
    const subscribersOnly = (author?.followerCount ?? 0) > this.settings.celebrityThreshold;
    await this.store.markCelebrity(post.authorId, subscribersOnly);
    return { subscribersOnly, afterUserId: null, upToUserId: null };
  }
}
