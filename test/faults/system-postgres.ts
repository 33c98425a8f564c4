import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import type { RunningPostgres } from '@kindling/devstack';

/** The machine's PostgreSQL binaries (Debian layout), when there are any. */
function systemBinDir(): string | null {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root).sort((a, b) => Number(b) - Number(a));
  const bin = versions.map((v) => join(root, v, 'bin')).find((dir) => existsSync(join(dir, 'pg_ctl')));
  return bin ?? null;
}

/**
 * A throwaway cluster from the machine's own binaries, run as the `postgres`
 * user. As root this is what works from any clone directory: embedded
 * Postgres would run its binaries from the clone's node_modules, which the
 * `postgres` user cannot reach inside a private (mode 700) directory.
 * Null when not root or the machine has no PostgreSQL.
 */
export function startSystemPostgres(dir: string, port: number): RunningPostgres | null {
  const bin = systemBinDir();
  if (userInfo().uid !== 0 || !bin) return null;
  const asPostgres = (command: string, args: string[]) =>
    execFileSync('runuser', ['-u', 'postgres', '--', join(bin, command), ...args], { stdio: 'pipe', timeout: 60_000 });
  if (!existsSync(join(dir, 'PG_VERSION'))) {
    mkdirSync(dir, { recursive: true });
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    chownSync(dir, uid, gid);
    asPostgres('initdb', ['-D', dir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8']);
  }
  const options = `-p ${port} -k /tmp -c listen_addresses=127.0.0.1`;
  asPostgres('pg_ctl', ['-D', dir, '-o', options, '-l', join(dir, 'server.log'), '-w', 'start']);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop: async () => {
      asPostgres('pg_ctl', ['-D', dir, '-m', 'fast', '-w', 'stop']);
    },
  };
}
