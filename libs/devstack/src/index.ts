export * from './embedded-data-dir';
export * from './embedded-postgres';
export * from './free-port';
export * from './port-available';
export * from './postgres-as-system-user';
export * from './postgres-admin';
export * from './redis-keys';
export * from './redis-server';
