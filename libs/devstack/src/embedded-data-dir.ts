import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { userInfo } from 'node:os';
import { dirname, join } from 'node:path';

/**
 * Where embedded Postgres can keep the data meant for `preferred`. As root the
 * server runs as the `postgres` system user, which cannot reach a directory
 * under a private home (/root is mode 700): then the data goes to a stable
 * directory of its own under /var/tmp, named after `preferred`.
 */
export function embeddedPostgresDataDir(preferred: string): string {
  if (userInfo().uid !== 0 || reachableByOthers(dirname(preferred))) return preferred;
  const key = createHash('sha256').update(preferred).digest('hex').slice(0, 12);
  return join('/var/tmp', `kindling-postgres-${key}`);
}

/** True when every folder from `dir` up is searchable by other users (mode o+x), so the `postgres` user can reach it. */
export function reachableByOthers(dir: string): boolean {
  for (let current = dir; ; current = dirname(current)) {
    try {
      if ((statSync(current).mode & 0o001) === 0) return false;
    } catch {
      // Not there yet: it will be created with the default, searchable mode.
    }
    if (current === dirname(current)) return true;
  }
}
