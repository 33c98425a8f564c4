import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { embeddedPostgresDataDir } from '@kindling/devstack';
import { DEFAULT_DATABASE_URL, launcherDatabase } from './launcher-database';

describe('launcherDatabase (admin:grant without DATABASE_URL)', () => {
  let root: string;
  let dataDir: string;

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'kindling-clone-'));
    dataDir = embeddedPostgresDataDir(join(root, '.data/postgres'));
  });
  afterEach(() => {
    rmSync(root, { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('uses DATABASE_URL when set', () => {
    expect(launcherDatabase(root, { DATABASE_URL: 'postgres://u@db.example:5433/prod' })).toEqual({
      url: 'postgres://u@db.example:5433/prod',
      description: 'DATABASE_URL (db.example:5433/prod)',
    });
  });

  it("finds npm start's running embedded Postgres: its data directory and the port in postmaster.pid", () => {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(join(dataDir, 'PG_VERSION'), '18\n');
    writeFileSync(join(dataDir, 'postmaster.pid'), `4242\n${dataDir}\n1796323304\n54331\n/tmp\n127.0.0.1\n`);
    const target = launcherDatabase(root, {});
    expect(target.url).toBe('postgres://postgres:kindling@127.0.0.1:54331/kindling');
    expect(target.description).toContain(`127.0.0.1:54331, data in ${dataDir}`);
  });

  it('says to start it when the embedded cluster exists but is not running', () => {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(join(dataDir, 'PG_VERSION'), '18\n');
    expect(() => launcherDatabase(root, {})).toThrow(/not running: start it with npm start, or set DATABASE_URL/);
  });

  it('falls back to the default database when npm start never ran here', () => {
    expect(launcherDatabase(root, {}).url).toBe(DEFAULT_DATABASE_URL);
  });
});
