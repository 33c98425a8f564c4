export * from './pub-sub.service';
export * from './realtime.module';
export * from './topics';
