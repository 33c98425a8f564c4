import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The newest modification time under `path` (a file or a directory tree). */
function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((latest, name) => Math.max(latest, newest(join(path, name))), stat.mtimeMs);
}

/** True when apps/web/dist is missing or older than what it is built from. */
export function webBuildIsStale(root: string): boolean {
  const web = join(root, 'apps/web');
  const built = join(web, 'dist/index.html');
  if (!existsSync(built)) return true;
  const sources = ['src', 'public', 'index.html', 'package.json', 'vite.config.ts'].map((p) => newest(join(web, p)));
  return Math.max(...sources) > statSync(built).mtimeMs;
}

/**
 * `npm start` serves the web app at http://localhost:<port>/: build it first
 * (`npm run build:web`, ~30 s) when apps/web/dist is missing or stale.
 */
export function ensureWebBuilt(root: string, say: (message: string) => void): void {
  if (!existsSync(join(root, 'apps/web/package.json'))) return;
  if (!webBuildIsStale(root)) {
    say('web app: built (apps/web/dist is up to date)');
    return;
  }
  say('web app: building apps/web (npm run build:web)…');
  const result = spawnSync('npm', ['run', '--silent', 'build:web'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error('npm run build:web failed (see above); fix it, or serve the API alone with npm run start:api');
  say('web app: built');
}
