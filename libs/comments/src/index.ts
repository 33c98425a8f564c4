export * from './comment.entity';
export * from './comment-mention.entity';
export * from './comment-mentions.service';
export * from './comment-search.sql';
export * from './comments.exception';
export * from './comments.module';
export * from './comments.service';
