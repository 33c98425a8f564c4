// Bulk matching of a program cohort (issue #17): 500 mentees × 200 mentors
// with capacities 1..5, some blocks. Measures the one scoring pass (mentor
// matching's score and reasons for every pair) and the exact solve (the
// Hungarian method over mentor seats, `munkres`), against a floor: a greedy
// best-pair-first assignment of the same scores, timed in the same run, whose
// total the exact solve must reach or beat.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { join } from 'node:path';
import { ROOT, log } from './lib/stack.mjs';

// Plain `tsc` into a directory of its own (it emits even while another change elsewhere
// fails to type-check), with the @kindling/* aliases resolved at load time.
const OUT = join(ROOT, 'bench/.build-programs');

function build() {
  aliasKindling();
  if (process.env.BENCH_BUILD === 'never' && existsSync(join(OUT, 'libs/programs/src/index.js'))) return;
  log('compiling (tsc -p bench/tsconfig.build.json)');
  try {
    execFileSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'bench/tsconfig.build.json', '--outDir', OUT], {
      cwd: ROOT,
      stdio: 'ignore',
    });
  } catch {
    // Type errors still emit; a missing file below says when the build really failed.
  }
}

function aliasKindling() {
  const resolve = Module._resolveFilename;
  Module._resolveFilename = function (request, ...rest) {
    const alias = /^@kindling\/([^/]+)$/.exec(request);
    return resolve.call(this, alias ? join(OUT, 'libs', alias[1], 'src/index.js') : request, ...rest);
  };
}

export const description = 'proposeProgramMatches’ scoring pass and exact solve, 500 mentees × 200 mentors, vs a greedy floor';
export const stack = false;

const MENTEES = Number(process.env.BENCH_MENTEES ?? 500);
const MENTORS = Number(process.env.BENCH_MENTORS ?? 200);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const SKILLS = ['rust', 'go', 'typescript', 'react', 'sql', 'kubernetes', 'design', 'product', 'ml', 'security', 'testing', 'career'];
const ZONES = ['UTC', 'Europe/Lisbon', 'Europe/Berlin', 'America/New_York', 'America/Los_Angeles', 'Asia/Tokyo', 'Asia/Kolkata'];

function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function cohort(seed) {
  const rnd = random(seed);
  const pick = (list, n) => Array.from({ length: n }, () => list[Math.floor(rnd() * list.length)]);
  const mentees = Array.from({ length: MENTEES }, (_, i) => ({
    userId: String(1_000 + i),
    seeker: {
      interests: pick(SKILLS, 1 + Math.floor(rnd() * 3)),
      requestGoals: pick(SKILLS, Math.floor(rnd() * 2)),
      timezone: pick(ZONES, 1)[0],
    },
  }));
  const mentors = Array.from({ length: MENTORS }, (_, i) => ({
    userId: String(10_000 + i),
    candidate: {
      mentorId: String(10_000 + i),
      expertise: pick(SKILLS, 2 + Math.floor(rnd() * 4)),
      timezone: pick(ZONES, 1)[0],
      sharedCommunities: [],
      capacity: 1 + Math.floor(rnd() * 5),
      activeMenteeCount: 0,
      ratingSum: Math.floor(rnd() * 20),
      ratingCount: Math.floor(rnd() * 5),
    },
  }));
  const blocked = new Set();
  for (let i = 0; i < MENTEES; i++) if (rnd() < 0.05) blocked.add(`${mentees[i].userId}:${mentors[Math.floor(rnd() * MENTORS)].userId}`);
  const communities = ['Rustaceans', 'Frontend Guild', 'Data Folks'];
  const shared = (a, b) => communities.filter((_, k) => (Number(a) + Number(b) + k) % 3 === 0);
  return { mentees, mentors, blocked, shared };
}

function greedy(scores, capacities) {
  const pairs = [];
  scores.forEach((row, i) => row.forEach((s, j) => s !== null && pairs.push([s, i, j])));
  pairs.sort((a, b) => b[0] - a[0]);
  const left = [...capacities];
  const done = new Set();
  let total = 0;
  let matched = 0;
  for (const [s, i, j] of pairs) {
    if (done.has(i) || left[j] === 0) continue;
    done.add(i);
    left[j]--;
    total += s;
    matched++;
  }
  return { total, matched };
}

const ms = (start) => Number(process.hrtime.bigint() - start) / 1e6;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export async function run() {
  build();
  const require = createRequire(join(ROOT, 'package.json'));
  const { proposeCohort, scorePair, pairKey } = require(join(OUT, 'libs/programs/src/matching/cohort-scoring.js'));
  const { solveAssignment } = require(join(OUT, 'libs/programs/src/matching/seat-assignment.js'));
  const seats = (m) => m.reduce((n, x) => n + x.candidate.capacity, 0);
  const rows = { propose: [], score: [], solve: [], greedy: [] };
  let check;
  for (let round = 0; round < ROUNDS; round++) {
    const { mentees, mentors, blocked, shared } = cohort(round + 1);
    const at = new Date('2026-06-01T12:00:00Z');

    let start = process.hrtime.bigint();
    const proposed = proposeCohort(mentees, mentors, blocked, shared, at);
    rows.propose.push(ms(start));

    start = process.hrtime.bigint();
    const scores = mentees.map((e) =>
      mentors.map((r) => (blocked.has(pairKey(e.userId, r.userId)) ? null : scorePair(e, r, shared, at).score)),
    );
    rows.score.push(ms(start));
    const capacities = mentors.map((m) => m.candidate.capacity);
    start = process.hrtime.bigint();
    const exact = solveAssignment({ scores, capacities });
    rows.solve.push(ms(start));
    start = process.hrtime.bigint();
    const floor = greedy(scores, capacities);
    rows.greedy.push(ms(start));

    const total = exact.reduce((sum, p) => sum + scores[p.mentee][p.mentor], 0);
    if (proposed.length !== exact.length || total + 1e-6 < floor.total || exact.length < floor.matched) {
      throw new Error(`round ${round}: exact (${exact.length}, ${total}) is worse than greedy (${floor.matched}, ${floor.total})`);
    }
    check = { seats: seats(mentors), matched: exact.length, total, greedyMatched: floor.matched, greedyTotal: floor.total };
    log(`round ${round + 1}: propose ${rows.propose.at(-1).toFixed(0)} ms, ${exact.length} matched of ${MENTEES} on ${check.seats} seats`);
  }
  console.log(`\n${MENTEES} mentees × ${MENTORS} mentors, median of ${ROUNDS} cohorts:`);
  console.log(`  proposeCohort (score + solve)   ${median(rows.propose).toFixed(0).padStart(6)} ms`);
  console.log(`    scoring pass alone            ${median(rows.score).toFixed(0).padStart(6)} ms`);
  console.log(`    exact solve alone (munkres)   ${median(rows.solve).toFixed(0).padStart(6)} ms`);
  console.log(`  floor: greedy best-pair-first   ${median(rows.greedy).toFixed(0).padStart(6)} ms`);
  console.log(
    `  last cohort: exact ${check.matched} matched, total ${check.total.toFixed(2)}; greedy ${check.greedyMatched} matched, total ${check.greedyTotal.toFixed(2)}`,
  );
  return 0;
}
