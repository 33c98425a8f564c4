import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { connect, Socket } from 'node:net';
import { join } from 'node:path';
import { freePort } from '@kindling/devstack';
import { waitUntil } from '@kindling/testing';

const ROOT = join(__dirname, '../..');
const MAIN = join(ROOT, 'dist/apps/api/src/main.js');

interface RunningApi {
  child: ChildProcess;
  port: number;
  output: () => string;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** The built API as production runs it, with this test run's database, Redis prefix and a free port. */
async function startApi(): Promise<RunningApi> {
  const port = await freePort();
  const child = spawn(process.execPath, [MAIN], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  await waitUntil(
    'the API to answer /health/live',
    async () => {
      if (child.exitCode !== null) throw new Error(`the API exited with ${child.exitCode}:\n${output}`);
      return fetch(`http://127.0.0.1:${port}/health/live`).then(
        (res) => res.ok,
        () => false,
      );
    },
    { timeoutMs: 20_000, intervalMs: 100 },
  );
  return { child, port, output: () => output, exit };
}

/**
 * A request in flight across the signal: the headers (and half the body) go
 * out now, the rest when `finish` is called. Resolves with the raw response.
 */
function slowRequest(port: number, body: string): { finish: () => void; response: Promise<string> } {
  const socket: Socket = connect(port, '127.0.0.1');
  const half = Math.floor(body.length / 2);
  socket.write(
    `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body.slice(0, half)}`,
  );
  const response = new Promise<string>((resolve, reject) => {
    let raw = '';
    socket.on('data', (chunk) => (raw += chunk.toString()));
    socket.on('end', () => resolve(raw));
    socket.on('error', reject);
  });
  return { finish: () => socket.write(body.slice(half)), response };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('graceful shutdown of the built API', () => {
  const started: ChildProcess[] = [];

  beforeAll(() => {
    if (!existsSync(MAIN)) execFileSync('npx', ['nest', 'build'], { cwd: ROOT, stdio: 'inherit', timeout: 240_000 });
  }, 300_000);

  afterAll(() => {
    for (const child of started) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });

  it('on SIGTERM finishes the request in flight (it still reads the database), then exits within 10 s', async () => {
    const api = await startApi();
    started.push(api.child);
    const inFlight = slowRequest(api.port, JSON.stringify({ query: '{ user(handle: "nobody_here") { id } __typename }' }));
    await sleep(200); // the server has the headers: the request has started

    const signalled = Date.now();
    api.child.kill('SIGTERM');
    await sleep(300); // shutdown is under way
    inFlight.finish();

    const raw = await inFlight.response;
    expect(raw).toMatch(/^HTTP\/1\.1 200/);
    expect(JSON.parse(raw.slice(raw.indexOf('\r\n\r\n') + 4))).toEqual({ data: { user: null, __typename: 'Query' } });

    const exit = await Promise.race([api.exit, sleep(10_000).then(() => null)]);
    expect(exit).not.toBeNull();
    expect(Date.now() - signalled).toBeLessThan(10_000);
    // Exited on its own, not through the forced exit(1) of the grace timer.
    expect(exit!.code).not.toBe(1);
    expect(api.output()).not.toMatch(/Error during shutdown|ERROR_DURING_SHUTDOWN/i);
  }, 40_000);

  it('refuses new connections once shutting down', async () => {
    const api = await startApi();
    started.push(api.child);
    const inFlight = slowRequest(api.port, JSON.stringify({ query: '{ __typename }' }));
    await sleep(200);
    api.child.kill('SIGTERM');
    await sleep(300);
    const late = await fetch(`http://127.0.0.1:${api.port}/health/live`).then(
      (res) => res.status,
      () => 'refused',
    );
    expect([503, 'refused']).toContain(late);
    inFlight.finish();
    expect(await inFlight.response).toMatch(/^HTTP\/1\.1 200/);
    await api.exit;
  }, 40_000);

  it('exits with code 0 on SIGTERM', async () => {
    const api = await startApi();
    started.push(api.child);
    api.child.kill('SIGTERM');
    expect(await api.exit).toEqual({ code: 0, signal: null });
  }, 40_000);
});
