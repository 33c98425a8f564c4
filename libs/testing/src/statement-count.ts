import { QueryCounter } from './query-counter';

export interface StatementCount<T> {
  /** What `work` returned (e.g. the GraphQL response, to check it succeeded). */
  result: T;
  /** The SQL statements `work` sent, in order. */
  statements: string[];
}

/**
 * Runs `work` while counting SQL statements and fails (listing them) when it
 * sent more than `max`. Pin a fixed bound for list fields and feeds: a
 * DataLoader that stops batching shows up as a count that grows with the page.
 *
 *   const { result, statements } = await expectStatementCount(t.queries, () => t.gql(QUERY, vars, { token }), { max: 4 });
 */
export async function expectStatementCount<T>(
  queries: QueryCounter,
  work: () => Promise<T>,
  { max }: { max: number },
): Promise<StatementCount<T>> {
  let result: T | undefined;
  const statements = await queries.record(async () => {
    result = await work();
  });
  if (statements.length > max) {
    const listing = statements.map((sql, i) => `  ${i + 1}. ${sql.replace(/\s+/g, ' ').slice(0, 200)}`).join('\n');
    throw new Error(`expected at most ${max} SQL statements, got ${statements.length}:\n${listing}`);
  }
  return { result: result as T, statements };
}
