// `npm run test:browser`: the browser tests (jest.browser.config.js) when a Chromium is
// found (CHROMIUM_PATH, else /usr/bin/chromium), one clear line and success when not.
// CI (.ci/run) installs Debian's chromium, so there they always run.
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
try {
  accessSync(chromium, constants.X_OK);
} catch {
  console.log(`browser tests skipped: no Chromium at ${chromium} (apt-get install chromium, or set CHROMIUM_PATH)`);
  process.exit(0);
}
const jest = ['--experimental-vm-modules', 'node_modules/jest/bin/jest.js', '-c', 'jest.browser.config.js', ...process.argv.slice(2)];
const result = spawnSync(process.execPath, jest, { stdio: 'inherit', env: { ...process.env, CHROMIUM_PATH: chromium } });
process.exit(result.status ?? 1);
