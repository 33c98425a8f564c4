import { DomainException } from '@kindling/core';

export enum SearchErrorCode {
  INVALID_LIMIT = 'INVALID_LIMIT',
  QUERY_TOO_LONG = 'QUERY_TOO_LONG',
}

export class SearchException extends DomainException<SearchErrorCode> {
  readonly feature = 'search';
}
