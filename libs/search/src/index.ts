export * from './search-query';
export * from './search.exception';
export * from './search.module';
export * from './search.service';
