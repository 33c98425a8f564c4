// The web app in headless Chromium against the production API: gzipped JS of
// the initial route, time to the first 20 posts on Home, GraphQL requests per
// Home view. Budgets from issue #16.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { seedNetwork } from './lib/feed-seed.mjs';
import { PASSWORD } from './lib/seed.mjs';
import { BenchError, log, ROOT } from './lib/stack.mjs';

export const description = 'web app on Home in headless Chromium: initial-route JS (gzip), time to 20 posts, GraphQL requests per view';
// Plain http on 127.0.0.1: the refresh cookie cannot be Secure here.
export const stack = { env: { SESSION_COOKIE_SECURE: 'false' } };

const BUDGET_JS_KB = 200;
const BUDGET_FIRST_POSTS_MS = 1500;
const RUNS = Number(process.env.BENCH_WEB_RUNS ?? 7);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function ensureWebBuilt() {
  if (existsSync(`${ROOT}apps/web/dist/index.html`) && process.env.BENCH_BUILD !== 'always') return;
  log('building the web app (npm run build:web)');
  const result = spawnSync('npm', ['run', 'build:web'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new BenchError('npm run build:web failed');
}

export async function run({ baseUrl, databaseUrl }) {
  if (!existsSync(CHROMIUM)) throw new BenchError(`no Chromium at ${CHROMIUM} (set CHROMIUM_PATH, or apt-get install chromium)`);
  ensureWebBuilt();
  const { chromium } = await import('playwright-core');
  log('seeding 2,000 members, 20,000 posts, 100 follows each (SQL)');
  const { viewerHandles } = await seedNetwork(databaseUrl, { count: 2_000, posts: 20_000, follows: 100, subscriptions: 3, viewers: 1 });
  const email = `${viewerHandles[0]}@bench.test`;

  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/login`);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${baseUrl}/`);
    await page.getByRole('article').nth(19).waitFor();
    log('signed in; Home shows 20 posts');

    // What one Home view asks for, and which scripts it loads.
    const requests = [];
    const subscriptions = [];
    const scripts = new Map();
    page.on('request', (request) => {
      if (request.method() === 'POST' && new URL(request.url()).pathname === '/graphql')
        requests.push(JSON.parse(request.postData() ?? '{}').operationName);
    });
    page.on('websocket', (socket) =>
      socket.on('framesent', (frame) => {
        const message = JSON.parse(String(frame.payload));
        if (message.type === 'subscribe') subscriptions.push(message.payload.operationName);
      }),
    );
    page.on('response', async (response) => {
      if (response.request().resourceType() === 'script') scripts.set(response.url(), await response.body().catch(() => Buffer.alloc(0)));
    });

    // Each run is a full load of / restoring the session from the cookie, until 20 posts are on screen.
    const timings = [];
    for (let i = 0; i < RUNS; i++) {
      requests.length = 0;
      subscriptions.length = 0;
      const started = Date.now();
      await page.goto(`${baseUrl}/`);
      await page.getByRole('article').nth(19).waitFor();
      timings.push(Date.now() - started);
    }
    await page.waitForTimeout(500); // subscriptions start once the page has rendered

    const gzipKb = [...scripts.values()].reduce((sum, body) => sum + gzipSync(body, { level: 9 }).length, 0) / 1024;
    const firstPosts = median(timings);
    const rows = [
      [
        'initial-route JS, gzip',
        `${gzipKb.toFixed(1)} KB (${scripts.size} files)`,
        `≤ ${BUDGET_JS_KB} KB`,
        gzipKb <= BUDGET_JS_KB ? 'ok' : 'OVER',
      ],
      [
        'time to 20 posts on Home (median of ' + RUNS + ')',
        `${firstPosts} ms (min ${Math.min(...timings)}, max ${Math.max(...timings)})`,
        `≤ ${BUDGET_FIRST_POSTS_MS} ms`,
        firstPosts <= BUDGET_FIRST_POSTS_MS ? 'ok' : 'OVER',
      ],
      ['GraphQL queries per Home view', `${requests.length} (${requests.join(', ')})`, 'Viewer + HomeFeed', ''],
      ['subscriptions per Home view', `${subscriptions.length} (${subscriptions.join(', ')})`, 'bell count + homeFeedPostAdded', ''],
    ];
    console.log('');
    for (const [what, value, budget, verdict] of rows)
      console.log(`${what.padEnd(44)} ${value.padEnd(60)} ${budget.padEnd(32)} ${verdict}`);
    return gzipKb <= BUDGET_JS_KB && firstPosts <= BUDGET_FIRST_POSTS_MS ? 0 : 1;
  } finally {
    await browser.close();
  }
}
