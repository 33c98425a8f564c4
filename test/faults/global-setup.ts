import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');

/**
 * Builds the apps once and runs the drills from a private copy of dist/, so a
 * concurrent `nest build` by someone else never swaps files under a running drill.
 */
export default function globalSetup(): void {
  if (!process.env.FAULTS_DIST) {
    execFileSync('npx', ['nest', 'build'], { cwd: ROOT, stdio: 'inherit', timeout: 240_000 });
    const copy = mkdtempSync('/var/tmp/kindling-faults-dist-');
    cpSync(join(ROOT, 'dist'), copy, { recursive: true });
    symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules')); // packages resolve from the copy as from dist/
    process.env.FAULTS_DIST = copy;
    process.env.FAULTS_DIST_OWNED = '1';
  }
}
