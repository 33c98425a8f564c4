import { ChildProcess, spawn } from 'node:child_process';
import { forwardLines, say } from './output';

export interface ChildSpec {
  name: string;
  /** Compiled entry file, run with this Node. */
  entry: string;
}

/** Past the children's own 10 s shutdown grace. */
const KILL_AFTER_MS = 15_000;

/**
 * Runs the API and the worker as child processes: output labelled, signals
 * forwarded, and one exiting on its own stops the other.
 */
export class Children {
  /** Settles once every child has exited; `unexpected` when one exited without being asked to. */
  readonly exited: Promise<{ unexpected: boolean }>;
  private readonly running = new Map<string, ChildProcess>();
  private stopping = false;
  private unexpected = false;

  constructor(specs: readonly ChildSpec[], env: NodeJS.ProcessEnv) {
    this.exited = new Promise((resolve) => {
      for (const spec of specs) {
        const child = spawn(process.execPath, [spec.entry], { env, stdio: ['ignore', 'pipe', 'pipe'] });
        forwardLines(child.stdout, spec.name, process.stdout);
        forwardLines(child.stderr, spec.name, process.stderr);
        this.running.set(spec.name, child);
        // 'close' rather than 'exit': it comes after the child's last output line.
        child.once('close', (code, signal) => {
          this.running.delete(spec.name);
          if (!this.stopping) {
            this.unexpected = true;
            say(`${spec.name} exited unexpectedly (${signal ?? `code ${code}`}); stopping the rest`);
            this.stop('SIGTERM');
          }
          if (this.running.size === 0) resolve({ unexpected: this.unexpected });
        });
      }
    });
  }

  stop(signal: NodeJS.Signals): void {
    this.stopping = true;
    for (const child of this.running.values()) {
      child.kill(signal);
      setTimeout(() => child.kill('SIGKILL'), KILL_AFTER_MS).unref();
    }
  }
}
