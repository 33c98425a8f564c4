import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { embeddedPostgresDataDir, EMBEDDED_POSTGRES_PASSWORD } from '@kindling/devstack';

export const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/kindling';

export interface TargetDatabase {
  url: string;
  /** Said to the user: which database is changed. */
  description: string;
}

/**
 * The database a script run on this clone means: DATABASE_URL when set, else
 * the one `npm start` runs in embedded Postgres (its data directory, as the
 * launcher chooses it, and the port from the running server's postmaster.pid),
 * else the migration scripts' default.
 */
export function launcherDatabase(root: string, env: NodeJS.ProcessEnv): TargetDatabase {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, description: `DATABASE_URL (${hostAndName(env.DATABASE_URL)})` };
  const dataDir = embeddedPostgresDataDir(join(root, '.data/postgres'));
  if (existsSync(join(dataDir, 'PG_VERSION'))) {
    const pidFile = join(dataDir, 'postmaster.pid');
    if (!existsSync(pidFile)) {
      throw new Error(
        `The embedded Postgres of npm start (data in ${dataDir}) is not running: start it with npm start, or set DATABASE_URL.`,
      );
    }
    // postmaster.pid: pid, data directory, start time, port, … one per line.
    const port = Number(readFileSync(pidFile, 'utf8').split('\n')[3]);
    const url = `postgres://postgres:${EMBEDDED_POSTGRES_PASSWORD}@127.0.0.1:${port}/kindling`;
    return { url, description: `database kindling of npm start's embedded Postgres (127.0.0.1:${port}, data in ${dataDir})` };
  }
  return { url: DEFAULT_DATABASE_URL, description: `the default database (${hostAndName(DEFAULT_DATABASE_URL)})` };
}

function hostAndName(url: string): string {
  const parsed = new URL(url);
  return `${parsed.host}${parsed.pathname}`;
}
