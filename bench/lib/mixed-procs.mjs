// Processes for `bench mixed`: the extra API and worker processes beyond the
// pair `withStack` starts, and what each costs, read from /proc (CPU time,
// RSS), pg_stat_activity (this database's backends) and Redis INFO.
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { ROOT, BenchError } from './stack.mjs';

const TICKS = 100; // USER_HZ on Linux
const PAGE = 4096;

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** utime + stime (seconds) and RSS (MB) of a pid, or null when it is gone. */
export function procStat(pid) {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    // fields[0] is field 3 (state): utime = field 14, stime = 15, rss = 24
    return { cpu: (Number(fields[11]) + Number(fields[12])) / TICKS, rssMb: (Number(fields[21]) * PAGE) / 2 ** 20 };
  } catch {
    return null;
  }
}

/** Whole-machine CPU seconds busy and total (all cores) from /proc/stat: other work on the machine shows here. */
export function machineCpu() {
  const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  const total = fields.reduce((a, b) => a + b, 0) / TICKS;
  const idle = (fields[3] + fields[4]) / TICKS;
  return { busy: total - idle, total };
}

/** Pids of node processes started by withStack for this Redis prefix (their environment names it). */
export function pidsWithPrefix(prefix, script) {
  const found = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (!cmdline.includes(script)) continue;
      if (readFileSync(`/proc/${entry}/environ`, 'utf8').split('\0').includes(`REDIS_PREFIX=${prefix}`)) found.push(Number(entry));
    } catch {
      // gone or not ours
    }
  }
  return found;
}

export function pidOfCommand(name) {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, 'utf8').trim() === name) return Number(entry);
    } catch {
      // gone
    }
  }
  return null;
}

/** Starts one more API or worker process with `env`; resolves once it is ready. Returns { pid, stop }. */
export async function startProcess(kind, env) {
  const main = `bench/.build/apps/${kind}/src/main.js`;
  const child = spawn(process.execPath, [main], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (chunk) => (output = (output + chunk).slice(-4000));
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const guard = () => child.kill('SIGKILL');
  process.once('exit', guard);
  const stop = async () => {
    process.off('exit', guard);
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    if (await Promise.race([exited.then(() => false), sleep(12_000, true, { ref: false })])) child.kill('SIGKILL');
  };
  const deadline = Date.now() + 40_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new BenchError(`${kind} exited with ${child.exitCode}:\n${output}`);
    if (kind === 'worker' && output.includes('Kindling worker running')) return { pid: child.pid, stop, output: () => output };
    if (kind === 'api') {
      try {
        if ((await fetch(`http://127.0.0.1:${env.PORT}/health/ready`)).ok) return { pid: child.pid, stop, output: () => output };
      } catch {
        // not listening yet
      }
    }
    await sleep(200);
  }
  await stop();
  throw new BenchError(`${kind} not ready after 40 s:\n${output}`);
}

function parseInfo(text) {
  const out = {};
  for (const line of text.split('\r\n')) {
    const i = line.indexOf(':');
    if (i > 0 && !line.startsWith('#')) out[line.slice(0, i)] = line.slice(i + 1);
  }
  return out;
}

/** Redis CPU seconds and per-command call counts / usec (whole server: shared with other users of it). */
export async function redisSnapshot(redis) {
  const info = parseInfo(await redis.info('all'));
  const commands = {};
  for (const [key, value] of Object.entries(info)) {
    if (!key.startsWith('cmdstat_')) continue;
    const m = /calls=(\d+),usec=(\d+)/.exec(value);
    if (m) commands[key.slice(8)] = { calls: Number(m[1]), usec: Number(m[2]) };
  }
  return { cpu: Number(info.used_cpu_user) + Number(info.used_cpu_sys), commands, memoryMb: Number(info.used_memory) / 2 ** 20 };
}

export function redisDelta(a, b, seconds) {
  const rows = Object.entries(b.commands)
    .map(([name, c]) => ({ name, calls: c.calls - (a.commands[name]?.calls ?? 0), usec: c.usec - (a.commands[name]?.usec ?? 0) }))
    .filter((r) => r.calls > 0)
    .sort((x, y) => y.usec - x.usec)
    .slice(0, 12)
    .map((r) => ({ ...r, perSecond: Math.round(r.calls / seconds), usecPerCall: +(r.usec / r.calls).toFixed(1) }));
  return {
    cpuSeconds: +(b.cpu - a.cpu).toFixed(2),
    cpuShare: +((b.cpu - a.cpu) / seconds).toFixed(3),
    top: rows,
    memoryMb: +b.memoryMb.toFixed(1),
  };
}

/**
 * Samples every `everyMs`: each named process (CPU, RSS), every Postgres backend
 * of `database` (CPU summed over all seen, keeping each backend's last value),
 * and pg_stat_activity states / wait events of that database.
 */
export class Sampler {
  constructor(db, database, processes, everyMs = 1000) {
    Object.assign(this, { db, database, processes, everyMs });
    this.samples = []; // { t, procs: { name: {cpu, rssMb} }, pgCpu }
    this.backendCpu = new Map();
    this.waits = new Map();
    this.activeSamples = [];
    this.timer = null;
  }

  async sample() {
    const procs = {};
    for (const [name, pid] of Object.entries(this.processes)) procs[name] = procStat(pid);
    const { rows } = await this.db.query(
      `SELECT pid, state, coalesce(wait_event_type || ':' || wait_event, 'CPU') AS wait FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`,
      [this.database],
    );
    let active = 0;
    for (const r of rows) {
      const s = procStat(r.pid);
      if (s) this.backendCpu.set(r.pid, s.cpu);
      if (r.state === 'active') {
        active += 1;
        this.waits.set(r.wait, (this.waits.get(r.wait) ?? 0) + 1);
      }
    }
    this.activeSamples.push(active);
    const pgCpu = [...this.backendCpu.values()].reduce((a, b) => a + b, 0);
    this.samples.push({ t: Date.now(), procs, pgCpu, machine: machineCpu(), backends: rows.length, active });
  }

  start() {
    const tick = async () => {
      await this.sample().catch(() => undefined);
      this.timer = setTimeout(tick, this.everyMs);
    };
    this.timer = setTimeout(tick, 0);
  }

  stop() {
    clearTimeout(this.timer);
  }

  /** CPU seconds and share of one core per process between two samples, Postgres backends included. */
  static cpu(a, b) {
    const seconds = (b.t - a.t) / 1000;
    const out = {};
    for (const name of Object.keys(b.procs)) {
      const x = a.procs[name];
      const y = b.procs[name];
      if (x && y) out[name] = { cpuSeconds: +(y.cpu - x.cpu).toFixed(2), cores: +((y.cpu - x.cpu) / seconds).toFixed(3) };
    }
    out['postgres backends (this db)'] = {
      cpuSeconds: +(b.pgCpu - a.pgCpu).toFixed(2),
      cores: +((b.pgCpu - a.pgCpu) / seconds).toFixed(3),
    };
    const busy = b.machine.busy - a.machine.busy;
    out['whole machine (all processes, incl. other users)'] = { cpuSeconds: +busy.toFixed(2), cores: +(busy / seconds).toFixed(3) };
    return out;
  }

  waitProfile() {
    const total = [...this.waits.values()].reduce((a, b) => a + b, 0) || 1;
    const sorted = [...this.waits.entries()].sort((a, b) => b[1] - a[1]).slice(0, 8);
    const mean = this.activeSamples.reduce((a, b) => a + b, 0) / (this.activeSamples.length || 1);
    return { meanActiveBackends: +mean.toFixed(2), waits: Object.fromEntries(sorted.map(([k, v]) => [k, +(v / total).toFixed(3)])) };
  }

  resetWaits() {
    this.waits.clear();
    this.activeSamples = [];
  }
}

/** Least-squares slope of y over x (per unit of x). */
export function slope(points) {
  const n = points.length;
  if (n < 2) return 0;
  const mx = points.reduce((s, p) => s + p[0], 0) / n;
  const my = points.reduce((s, p) => s + p[1], 0) / n;
  const num = points.reduce((s, p) => s + (p[0] - mx) * (p[1] - my), 0);
  const den = points.reduce((s, p) => s + (p[0] - mx) ** 2, 0);
  return den === 0 ? 0 : num / den;
}
