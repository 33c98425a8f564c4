export * from './embedded-postgres';
export * from './free-port';
export * from './postgres-admin';
export * from './redis-server';
