/**
 * Keyset pagination on the data side: a page asks for `limit + 1` rows after a
 * decoded cursor; the extra row only tells whether another page exists.
 */
export interface PageRequest<K> {
  first: number;
  after?: K;
}

export interface Page<T> {
  items: T[];
  hasNextPage: boolean;
}

export function toPage<T>(rows: T[], first: number): Page<T> {
  return { items: rows.slice(0, first), hasNextPage: rows.length > first };
}
