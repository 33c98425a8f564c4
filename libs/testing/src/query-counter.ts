import { Logger as TypeOrmLogger } from 'typeorm';

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
    if (this.recording) this.statements.push(query);
  }

  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
