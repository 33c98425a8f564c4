import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import testInfrastructure from '../setup/global-setup';

/**
 * Postgres, Redis and this run's database as for the e2e tests, plus one build
 * of the web app (`npm run build:web`) that every browser spec's API serves.
 * KINDLING_WEB_BUILT=1 skips the build (a build already in apps/web/dist).
 */
export default async function globalSetup(): Promise<void> {
  await testInfrastructure();
  if (process.env.KINDLING_WEB_BUILT !== '1') {
    execFileSync('npm', ['run', '--silent', 'build:web'], { cwd: join(__dirname, '../..'), stdio: ['ignore', 'ignore', 'inherit'] });
  }
}
