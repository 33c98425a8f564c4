import { ChildProcess, spawn } from 'node:child_process';
import { AppConfig } from '@kindling/config';
import { freePort, redisAnswers } from '@kindling/devstack';
import { REDIS_FAIL_FAST_AFTER_MS, RedisService } from '@kindling/redis';
import { waitUntil } from '@kindling/testing';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A redis-server of this file's own, stopped and started again on the same port. */
class OwnRedis {
  private child?: ChildProcess;
  constructor(readonly port: number) {}
  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }
  async start(): Promise<void> {
    this.child = spawn('redis-server', ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
      stdio: 'ignore',
    });
    await waitUntil('redis-server to answer', () => redisAnswers(this.url));
  }
  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    await new Promise((resolve) => {
      child.once('exit', resolve);
      child.kill('SIGKILL');
    });
  }
}

/** Request paths must not hang on Redis: a long outage fails commands at once, a short drop goes unnoticed. */
describe('Redis connections during an outage', () => {
  let server: OwnRedis;
  let redis: RedisService;
  beforeAll(async () => {
    server = new OwnRedis(await freePort());
    await server.start();
    redis = new RedisService(AppConfig.fromEnv({ ...process.env, REDIS_URL: server.url, REDIS_PREFIX: 'fail-fast' }));
    await redis.client.set('key', 'value');
  });
  afterAll(async () => {
    await redis.onApplicationShutdown();
    await server.stop();
  });

  it('rides out a drop shorter than the fail-fast delay: the queued command is answered', async () => {
    await server.stop();
    const queued = redis.client.set('key', 'again');
    await server.start();
    await expect(queued).resolves.toBe('OK');
  });

  it('fails commands at once while Redis stays down, and serves them again once it is back', async () => {
    await waitUntil('the client to be ready', async () => redis.client.status === 'ready');
    await server.stop();
    await sleep(REDIS_FAIL_FAST_AFTER_MS + 300);
    const started = Date.now();
    await expect(redis.client.get('key')).rejects.toThrow("Stream isn't writeable");
    expect(Date.now() - started).toBeLessThan(100);

    await server.start();
    await waitUntil('the client to reconnect by itself', async () => (await redis.client.ping().catch(() => null)) === 'PONG');
    await expect(redis.client.set('key', 'back')).resolves.toBe('OK');
  });
});
