export * from './comment.entity';
export * from './comments.exception';
export * from './comments.module';
export * from './comments.service';
