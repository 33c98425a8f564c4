import { Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

export type AfterCommitEffect = () => unknown;

export interface Transaction {
  readonly em: EntityManager;
  /** Runs once the transaction has committed: enqueue jobs and publish events here, never inside. */
  afterCommit: (effect: AfterCommitEffect) => void;
}

/** Multi-write operations run in one transaction; their side effects run after commit. */
@Injectable()
export class TransactionRunner {
  private readonly logger = new Logger(TransactionRunner.name);

  constructor(private readonly dataSource: DataSource) {}

  async run<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    const effects: AfterCommitEffect[] = [];
    const result = await this.dataSource.transaction((em) => work({ em, afterCommit: (effect) => effects.push(effect) }));
    for (const effect of effects) {
      try {
        await effect();
      } catch (error) {
        // The write has committed; a failed side effect must not turn it into an error for the caller.
        this.logger.error({ err: error }, 'after-commit effect failed');
      }
    }
    return result;
  }
}
