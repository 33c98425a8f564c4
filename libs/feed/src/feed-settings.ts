import { Injectable } from '@nestjs/common';
import { AppConfig } from '@kindling/config';

const DAY_SECONDS = 86_400;

/** The feed's knobs, read once from the validated config. */
@Injectable()
export class FeedSettings {
  /** Recipients per fan-out job. */
  readonly batchSize = 1_000;
  readonly timelineSize: number;
  readonly celebrityThreshold: number;
  readonly inactiveDays: number;
  /** A timeline nobody reads expires after the inactivity period; the next read rebuilds it. */
  readonly timelineTtlSeconds: number;
  /** How long fan-out remembers a delivered batch or a retracted post, to make redelivery a no-op. */
  readonly markerTtlSeconds = DAY_SECONDS;

  constructor(config: AppConfig) {
    this.timelineSize = config.feedTimelineSize;
    this.celebrityThreshold = config.fanoutFollowerThreshold;
    this.inactiveDays = config.feedInactiveDays;
    this.timelineTtlSeconds = config.feedInactiveDays * DAY_SECONDS;
  }

  /** Members last seen before this instant count as inactive. */
  activeSince(now = Date.now()): Date {
    return new Date(now - this.inactiveDays * DAY_SECONDS * 1000);
  }
}
