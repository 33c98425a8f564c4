// Browser tests (test/browser/*.browser-spec.ts): the real API + worker serving the
// built web app, driven in Chromium through playwright-core. Run by `npm run test:browser`
// (scripts/browser-tests.mjs), which skips with one line when no Chromium is found.
const base = require('./jest.config.js');

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  testRegex: '\\.browser-spec\\.ts$',
  globalSetup: '<rootDir>/test/browser/global-setup.ts',
  globalTeardown: '<rootDir>/test/setup/global-teardown.ts',
  maxWorkers: 1, // one Chromium at a time: two people per test already
  testTimeout: 90_000,
};
