import { ObjectType } from '@nestjs/graphql';
import type { SearchRequest } from '@kindling/search';

/** Best matches first in each list, and each list searched only when selected (its fields are in SearchResolver). */
@ObjectType('SearchResults')
export class SearchResults {
  /** Not a field: the checked query the lists are searched with. */
  request: SearchRequest;

  static of(request: SearchRequest): SearchResults {
    return Object.assign(new SearchResults(), { request });
  }
}
