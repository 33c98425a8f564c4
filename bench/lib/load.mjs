// A bounded closed-loop load generator: N keep-alive connections, each sending
// its next request as soon as the previous answer is read, for a fixed time.
import http from 'node:http';
import { performance } from 'node:perf_hooks';

export const SETTINGS = {
  connections: Number(process.env.BENCH_CONNECTIONS ?? 16),
  durationMs: Number(process.env.BENCH_DURATION_MS ?? 8_000),
  warmupMs: Number(process.env.BENCH_WARMUP_MS ?? 2_000),
  rounds: Number(process.env.BENCH_ROUNDS ?? 4),
};

function post(agent, url, body, token) {
  return new Promise((resolve, reject) => {
    const headers = { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) };
    if (token) headers.authorization = `Bearer ${token}`;
    const req = http.request(url, { method: 'POST', agent, headers }, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode, text: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.setTimeout(10_000, () => req.destroy(new Error('request timed out after 10 s')));
    req.on('error', reject);
    req.end(body);
  });
}

/** One GraphQL POST outside the load loop (seeding, checks). Throws on errors. */
export async function graphql(baseUrl, query, variables = {}, { token, ip } = {}) {
  const headers = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  if (ip) headers['x-forwarded-for'] = ip;
  const res = await fetch(`${baseUrl}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const json = await res.json();
  if (json.errors) throw new Error(`${query.trim().split('\n')[0]}: ${JSON.stringify(json.errors)}`);
  return json.data;
}

async function loop(agent, url, next, connection, stopAt, sample) {
  for (let seq = 0; performance.now() < stopAt; seq++) {
    const { body, token, check, exec } = next(connection, seq);
    const started = performance.now();
    let failure = null;
    try {
      if (exec) {
        // Not an HTTP request: a direct call (e.g. a SQL query) measured the same way; returns a failure or nothing.
        failure = (await exec()) ?? null;
        sample(performance.now() - started, failure);
        continue;
      }
      const { status, text } = await post(agent, url, body, token);
      const json = JSON.parse(text);
      if (status !== 200 || json.errors) failure = `HTTP ${status} ${JSON.stringify(json.errors ?? json)}`;
      else if (check && !check(json.data)) failure = `unexpected data ${text.slice(0, 200)}`;
    } catch (error) {
      failure = error.message;
    }
    sample(performance.now() - started, failure);
  }
}

const percentile = (sorted, p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN);

/** All connections run `next` for `ms`; `sample(latencyMs, failure)` sees each answer. */
async function phase(agent, url, next, ms, sample) {
  const stopAt = performance.now() + ms;
  await Promise.all(Array.from({ length: agent.maxSockets }, (_, c) => loop(agent, url, next, c, stopAt, sample)));
}

/**
 * Measures each scenario `{ name, next }` on the same server: a warm-up of each,
 * then `rounds` interleaved slices (A B C A B C ...) adding up to `durationMs`
 * each, so background load drifting over the run hits every row alike.
 * `next(connection, seq)` returns `{ body, token?, check? }`, or `{ exec }` for a
 * direct call (resolving to a failure message or nothing) timed like a request.
 * Returns `[{ name, result: { requests, rps, p50, p99, errors, firstError } }]`.
 */
export async function compare(baseUrl, scenarios, settings = SETTINGS, onPhase = () => undefined) {
  const { connections, durationMs, warmupMs, rounds } = settings;
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const url = `${baseUrl}/graphql`;
  const stats = scenarios.map(() => ({ latencies: [], seconds: 0, errors: 0, firstError: null }));
  try {
    onPhase('warm-up');
    for (const { next } of scenarios) await phase(agent, url, next, warmupMs, () => undefined);
    for (let round = 1; round <= rounds; round++) {
      onPhase(`round ${round}/${rounds}`);
      for (const [i, { next }] of scenarios.entries()) {
        const s = stats[i];
        const started = performance.now();
        await phase(agent, url, next, durationMs / rounds, (ms, failure) => {
          s.latencies.push(ms);
          if (failure) {
            s.errors += 1;
            s.firstError ??= failure;
          }
        });
        s.seconds += (performance.now() - started) / 1000;
      }
    }
  } finally {
    agent.destroy();
  }
  return scenarios.map(({ name }, i) => {
    const { latencies, seconds, errors, firstError } = stats[i];
    latencies.sort((a, b) => a - b);
    const result = { requests: latencies.length, rps: latencies.length / seconds, errors, firstError };
    return { name, result: { ...result, p50: percentile(latencies, 50), p99: percentile(latencies, 99) } };
  });
}

/**
 * Open loop: starts one request every 1/`rate` s for `ms` (whatever the
 * answers do), over up to `sockets` connections. Latency counts from when a
 * request was due, so queueing behind a slow answer is not hidden.
 */
export async function paced(baseUrl, next, { rate, ms, sockets = 64 }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: sockets });
  const url = `${baseUrl}/graphql`;
  const latencies = [];
  let errors = 0;
  let firstError = null;
  const inFlight = [];
  const started = performance.now();
  try {
    for (let seq = 0; ; seq++) {
      const due = started + (seq * 1000) / rate;
      if (due - started >= ms) break;
      const wait = due - performance.now();
      if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
      const { body, token, check } = next(seq % sockets, seq);
      inFlight.push(
        post(agent, url, body, token).then(
          ({ status, text }) => {
            const json = JSON.parse(text);
            const failure =
              status !== 200 || json.errors
                ? `HTTP ${status} ${text.slice(0, 200)}`
                : check && !check(json.data)
                  ? 'unexpected data'
                  : null;
            latencies.push(performance.now() - due);
            if (failure) {
              errors += 1;
              firstError ??= failure;
            }
          },
          (error) => {
            errors += 1;
            firstError ??= error.message;
          },
        ),
      );
    }
    await Promise.all(inFlight);
  } finally {
    agent.destroy();
  }
  latencies.sort((a, b) => a - b);
  const seconds = (performance.now() - started) / 1000;
  return {
    requests: latencies.length,
    rps: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    errors,
    firstError,
  };
}
