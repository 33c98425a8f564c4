/**
 * Every way `npm start` can fail ends the same: one line saying what went wrong
 * (and, where we know it, what to do), then a non-zero exit. Errors nobody
 * awaited (a child process's `error` event, a stray rejection) included.
 */
export function failureLine(error: unknown): string {
  const message = (error instanceof Error ? error.message : String(error)).replace(/\s*\n\s*/g, ' ').trim() || 'unknown error';
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const hint =
    code === 'EACCES'
      ? ' (permission denied: run from a folder the current user owns, or set DATABASE_URL to a Postgres of your own)'
      : code === 'ENOENT' && /spawn/.test(message)
        ? ' (a program it needs is missing: reinstall with `npm install`)'
        : '';
  return `npm start failed: ${message}${hint}`;
}

/** Routes uncaught exceptions and unhandled rejections to `fail` (which prints failureLine and exits non-zero). */
export function installFailureHandlers(fail: (error: unknown) => void): void {
  process.on('uncaughtException', fail);
  process.on('unhandledRejection', fail);
}
