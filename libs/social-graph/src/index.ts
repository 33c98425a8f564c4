export * from './block.entity';
export * from './follow.entity';
export * from './mute.entity';
export * from './social-graph.exception';
export * from './social-graph.module';
export * from './social-graph.service';
export * from './social-graph.sql';
