export * from './factories';
export * from './graphql-client';
export * from './graphql-errors';
export * from './query-counter';
export * from './statement-count';
export * from './test-app';
export * from './wait-until';
export * from './unique';
