// Fault drills (test/faults/*.fault-spec.ts): the built API and worker run as
// child processes against a Postgres and a Redis of each drill's own, which the
// drills stop, kill and restart. Run through `npm run test:faults`.
const base = require('./jest.config.js');

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  testRegex: 'test/faults/.*\\.fault-spec\\.ts$',
  globalSetup: '<rootDir>/test/faults/global-setup.ts',
  globalTeardown: '<rootDir>/test/faults/global-teardown.ts',
  // One drill at a time: each one restarts servers and loads a 2-core machine.
  maxWorkers: 1,
  testTimeout: 120_000,
};
