export * from './fanout-cursor';
export * from './fanout.service';
export * from './feed-reader.service';
export * from './feed-settings';
export * from './feed-window';
export * from './feed.module';
export * from './last-seen.tracker';
export * from './timeline-store';
