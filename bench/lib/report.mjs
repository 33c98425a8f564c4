// The table every benchmark prints: each figure and its ratio to the floor (first row).
import { cpus, loadavg } from 'node:os';
import { SETTINGS } from './load.mjs';

/** The 1-minute load average before the run started: other work on the machine skews every row. */
export const LOAD_BEFORE = loadavg()[0];

const fixed = (n, digits) => (Number.isFinite(n) ? n.toFixed(digits) : '-');

export function printSettings(extra = '') {
  const { connections, durationMs, warmupMs, rounds } = SETTINGS;
  console.log(
    `\n${connections} keep-alive connections; per row ${warmupMs / 1000} s warm-up + ${durationMs / 1000} s measured in ${rounds} interleaved slices${extra}`,
  );
  console.log(`${cpus().length} cores; 1-min load average ${LOAD_BEFORE.toFixed(2)} before the run, ${loadavg()[0].toFixed(2)} after`);
}

/** rows: [{ name, result }], the first being the floor. Returns the total number of errors. */
export function printTable(rows) {
  const floor = rows[0].result;
  const header = ['scenario', 'requests', 'rps', 'x floor', 'p50 ms', 'x floor', 'p99 ms', 'x floor', 'errors'];
  const lines = rows.map(({ name, result: r }) => [
    name,
    String(r.requests),
    fixed(r.rps, 0),
    fixed(r.rps / floor.rps, 2),
    fixed(r.p50, 2),
    fixed(r.p50 / floor.p50, 2),
    fixed(r.p99, 2),
    fixed(r.p99 / floor.p99, 2),
    String(r.errors),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const format = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(`\n${format(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const line of lines) console.log(format(line));
  for (const { name, result } of rows) if (result.firstError) console.log(`first error in "${name}": ${result.firstError}`);
  return rows.reduce((sum, { result }) => sum + result.errors, 0);
}
