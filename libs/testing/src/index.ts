export * from './factories';
export * from './graphql-client';
export * from './query-counter';
export * from './test-app';
