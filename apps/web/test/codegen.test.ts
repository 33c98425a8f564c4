import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';

const web = join(import.meta.dirname, '..');
const scratch = mkdtempSync(join(tmpdir(), 'kindling-codegen-'));

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

it('the committed src/graphql matches what codegen makes from apps/api/schema.graphql and the documents', () => {
  execFileSync('npx', ['graphql-codegen', '--config', 'codegen.ts', '--silent'], {
    cwd: web,
    env: { ...process.env, KINDLING_CODEGEN_OUT: `${scratch}/` },
    stdio: 'pipe',
  });
  const committed = join(web, 'src/graphql');
  const files = readdirSync(scratch).sort();
  expect(readdirSync(committed).sort()).toEqual(files);
  for (const file of files) {
    expect(readFileSync(join(committed, file), 'utf8'), `${file} is stale: run npm run codegen -w apps/web`).toBe(
      readFileSync(join(scratch, file), 'utf8'),
    );
  }
}, 60_000);
