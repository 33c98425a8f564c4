import { Logger as TypeOrmLogger } from 'typeorm';

/**
 * The job outbox's background housekeeping (JobQueue deletes the rows of
 * enqueued jobs in batches, after earlier requests answered): it belongs to no
 * operation, so it is not counted against one.
 */
const BACKGROUND = /^DELETE FROM job_outbox WHERE id = ANY/;

/**
 * A TypeORM logger that counts SQL statements, so tests can pin how many
 * queries an operation costs (and catch N+1 field resolvers).
 */
export class QueryCounter implements TypeOrmLogger {
  private statements: string[] = [];
  private recording = false;

  /** Runs `work` and returns the statements it sent. */
  async record(work: () => Promise<unknown>): Promise<string[]> {
    this.statements = [];
    this.recording = true;
    try {
      await work();
    } finally {
      this.recording = false;
    }
    return this.statements;
  }

  logQuery(query: string): void {
    if (this.recording && !BACKGROUND.test(query)) this.statements.push(query);
  }

  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
