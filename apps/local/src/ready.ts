import { setTimeout as sleep } from 'node:timers/promises';

/** Polls the API's readiness probe (Postgres and Redis answer) until it passes, the deadline, or `abort`. */
export async function waitUntilReady(url: string, abort: AbortSignal, timeoutMs = 60_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!abort.aborted && Date.now() < deadline) {
    try {
      const response = await fetch(url, { signal: AbortSignal.any([abort, AbortSignal.timeout(2_000)]) });
      if (response.ok) return true;
    } catch {
      // Not listening yet.
    }
    await sleep(250);
  }
  return false;
}
