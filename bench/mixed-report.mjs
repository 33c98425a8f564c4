// Writes a `bench mixed` run to bench/results/ as JSON plus a Markdown summary.
import { mkdirSync, writeFileSync } from 'node:fs';
import { ROOT } from './lib/stack.mjs';

const fmt = (n, d = 1) => (Number.isFinite(n) ? n.toFixed(d) : '-');

function opsTable(phase) {
  const lines = ['| operation | requests | rps | p50 ms | p95 ms | p99 ms | errors |', '|---|---:|---:|---:|---:|---:|---:|'];
  for (const [name, r] of Object.entries(phase.operations)) {
    lines.push(`| ${name} | ${r.requests} | ${fmt(r.rps)} | ${fmt(r.p50)} | ${fmt(r.p95)} | ${fmt(r.p99)} | ${r.errors} |`);
  }
  lines.push(`| **all** | ${phase.requests} | **${fmt(phase.rps)}** | | | | ${phase.errors} (${fmt(phase.errorRate * 100, 3)} %) |`);
  return lines.join('\n');
}

function liveTable(live) {
  const row = (name, l) => `| ${name} | ${l.events} | ${fmt(l.p50)} | ${fmt(l.p95)} | ${fmt(l.p99)} |`;
  return [
    `${live.connected} subscribers connected; subscription errors: ${live.errors}${live.firstError ? ` (first: ${live.firstError})` : ''}`,
    '',
    '| event | deliveries | p50 ms | p95 ms | p99 ms |',
    '|---|---:|---:|---:|---:|',
    row('homeFeedPostAdded (createPost sent → event)', live.homeFeedPostAdded),
    row('notificationReceived (action sent → event)', live.notificationReceived),
  ].join('\n');
}

function cpuTable(cpu) {
  const lines = ['| process | CPU s | cores |', '|---|---:|---:|'];
  for (const [name, c] of Object.entries(cpu)) lines.push(`| ${name} | ${fmt(c.cpuSeconds, 2)} | ${fmt(c.cores, 3)} |`);
  return lines.join('\n');
}

export function markdown(result) {
  const { options, capacity, soak } = result;
  const out = [
    `# bench mixed: ${options.apis} API + ${options.workers} worker(s), ${result.startedAt}`,
    '',
    `Node ${result.node}, ${result.cores} cores, load average ${result.loadBefore} before / ${result.loadAfter} after. ` +
      `Population: ${JSON.stringify(result.population)}. ${options.connections} closed-loop connections, ` +
      `${options.subscribers} graphql-ws subscribers, warm-up ${options.warmup} s, measured ${options.duration} s.`,
    '',
    '## Capacity (closed loop)',
    '',
    opsTable(capacity.load),
    '',
    liveTable(capacity.live),
    '',
    `Queues drained (waiting + active = 0) ${capacity.drainSeconds} s after the load stopped; max depth (waiting + active + delayed) while loaded: ${JSON.stringify(capacity.maxQueue)}. ` +
      `Failed jobs: ${JSON.stringify(capacity.failedJobs.counts)}${capacity.failedJobs.reasons.length ? `; reasons: ${capacity.failedJobs.reasons.join(' | ')}` : ''}.`,
    '',
    '### Where the time went (measured)',
    '',
    cpuTable(capacity.cpu),
    '',
    `Postgres (this database, pg_stat_activity sampled each second): ${JSON.stringify(capacity.postgres)}`,
    '',
    `Redis (whole server, INFO): ${capacity.redis.cpuSeconds} CPU s (${capacity.redis.cpuShare} cores); top commands: ` +
      capacity.redis.top
        .slice(0, 8)
        .map((r) => `${r.name} ${r.perSecond}/s ${r.usecPerCall} µs`)
        .join(', '),
    '',
    `Storage: ${JSON.stringify(capacity.storage)}`,
    '',
    '## Memory (RSS MB)',
    '',
    '| process | start | end of capacity | end of soak | soak slope MB/min |',
    '|---|---:|---:|---:|---:|',
    ...Object.keys(result.rss.start).map(
      (name) =>
        `| ${name} | ${fmt(result.rss.start[name])} | ${fmt(result.rss.afterCapacity[name])} | ${fmt(result.rss.end?.[name])} | ${fmt(soak?.rssSlopeMbPerMin?.[name], 2)} |`,
    ),
  ];
  if (soak) {
    out.push(
      '',
      `## Soak: ${soak.rate} ops/s (half of ${fmt(capacity.load.rps)}) for ${soak.seconds} s, open loop`,
      '',
      opsTable(soak.load),
      '',
      liveTable(soak.live),
      '',
      `Queue depth (waiting + active + delayed, sampled every 5 s): max ${JSON.stringify(soak.maxQueue)}, last ${JSON.stringify(soak.lastQueue)}. ` +
        `Failed jobs (cumulative): ${JSON.stringify(soak.failedJobs.counts)}${soak.failedJobs.reasons.length ? `; reasons: ${soak.failedJobs.reasons.join(' | ')}` : ''}.`,
      '',
      `Postgres: ${JSON.stringify(soak.postgres)}`,
      '',
      cpuTable(soak.cpu),
    );
  }
  return `${out.join('\n')}\n`;
}

export function writeResults(result) {
  const dir = `${ROOT}/bench/results`;
  mkdirSync(dir, { recursive: true });
  const stamp = result.startedAt.replace(/[:.]/g, '-').slice(0, 19);
  const base = `${dir}/mixed-${result.options.apis}api-${result.options.workers}worker-${stamp}`;
  writeFileSync(`${base}.json`, `${JSON.stringify(result, null, 2)}\n`);
  writeFileSync(`${base}.md`, markdown(result));
  return base.slice(ROOT.length);
}
