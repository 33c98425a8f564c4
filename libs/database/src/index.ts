export * from './database.module';
export * from './keyset-sql';
export * from './pg-errors';
export * from './snake-naming.strategy';
export * from './transaction-runner';
