export * from './domain.exception';
export * from './ids';
export * from './keyset';
export * from './normalize';
export * from './http-url';
