export * from './profile-rules';
export * from './user.entity';
export * from './users.exception';
export * from './users.module';
export * from './users.service';
