export * from './access-token.service';
export * from './auth.exception';
export * from './auth.module';
export * from './auth.service';
export * from './password-hasher';
export * from './rate-limiter';
export * from './refresh-token.entity';
export * from './session-revocations';
