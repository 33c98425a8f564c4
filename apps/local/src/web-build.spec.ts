import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { webBuildIsStale } from './web-build';

describe('webBuildIsStale', () => {
  let root: string;
  const at = (path: string, seconds: number) => utimesSync(join(root, path), seconds, seconds);
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'kindling-web-build-'));
    mkdirSync(join(root, 'apps/web/src/routes'), { recursive: true });
    writeFileSync(join(root, 'apps/web/package.json'), '{}');
    writeFileSync(join(root, 'apps/web/src/routes/page.tsx'), 'x');
    for (const path of ['apps/web/package.json', 'apps/web/src/routes/page.tsx', 'apps/web/src/routes', 'apps/web/src']) at(path, 1_000);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('is stale without a build, fresh once built after the sources, stale again when a nested source changes', () => {
    expect(webBuildIsStale(root)).toBe(true);
    mkdirSync(join(root, 'apps/web/dist'));
    writeFileSync(join(root, 'apps/web/dist/index.html'), '<html>');
    at('apps/web/dist/index.html', 2_000);
    expect(webBuildIsStale(root)).toBe(false);
    at('apps/web/src/routes/page.tsx', 3_000);
    expect(webBuildIsStale(root)).toBe(true);
  });
});
