import { spawn, spawnSync } from 'node:child_process';
import { Redis } from 'ioredis';
import { freePort } from './free-port';

export async function redisAnswers(url: string): Promise<boolean> {
  const client = new Redis(url, { lazyConnect: true, connectTimeout: 1_000, maxRetriesPerRequest: 0, retryStrategy: () => null });
  client.on('error', () => undefined);
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

export const REDIS_MISSING_HELP = [
  'Kindling needs Redis and none answers at 127.0.0.1:6379, and there is no redis-server on PATH.',
  'Get one of:',
  '  - your OS package: `sudo apt-get install redis-server` (Debian/Ubuntu) or `brew install redis` (macOS)',
  '  - Docker: `docker compose up -d redis`',
  'or point REDIS_URL at a running Redis.',
].join('\n');

export interface RunningRedis {
  url: string;
  stop: () => Promise<void>;
}

/** Starts `redis-server` from PATH on a free port for the life of this process; null when there is none. */
export async function startRedisServer(): Promise<RunningRedis | null> {
  if (spawnSync('redis-server', ['--version']).error) return null;
  const port = await freePort();
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: 'ignore',
  });
  const url = `redis://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 50 && !(await redisAnswers(url)); attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  process.once('exit', () => child.kill('SIGTERM'));
  return { url, stop };
}
