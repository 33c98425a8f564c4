// npm run bench -- <name>   runs one benchmark; `npm run bench` lists them.
import { BenchError, withStack } from './lib/stack.mjs';

const BENCHES = {
  'graph-reads': () => import('./graph-reads.mjs'),
  'follow-writes': () => import('./follow-writes.mjs'),
  fanout: () => import('./fanout.mjs'),
  feed: () => import('./feed.mjs'),
  mixed: () => import('./mixed.mjs'),
  web: () => import('./web.mjs'),
  'program-matching': () => import('./program-matching.mjs'),
};

async function main() {
  const name = process.argv[2];
  if (!name || !BENCHES[name]) {
    if (name) console.error(`unknown benchmark "${name}"\n`);
    console.log('usage: npm run bench -- <name>\n');
    for (const [key, load] of Object.entries(BENCHES)) console.log(`  ${key.padEnd(15)} ${(await load()).description}`);
    console.log('\nSee bench/README.md.');
    return name ? 2 : 0;
  }
  const bench = await BENCHES[name]();
  console.log(`${name}: ${bench.description}\nNode ${process.version}, ${new Date().toISOString()}`);
  // A benchmark with `stack = false` measures code in-process: no database, API or Redis.
  if (bench.stack === false) return bench.run();
  return withStack(name, (stack) => bench.run(stack), bench.stack);
}

main().then(
  (code) => (process.exitCode = code),
  (error) => {
    console.error(error instanceof BenchError ? error.message : error);
    process.exitCode = 1;
  },
);
