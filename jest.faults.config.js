// Fault drills (test/faults/*.fault-spec.ts): the built API and worker run as
// child processes against a Postgres and a Redis of each drill's own, which the
// drills stop, kill and restart. Run through `npm run test:faults`.
/** @type {import('jest').Config} */
module.exports = {
  rootDir: '.',
  moduleFileExtensions: ['js', 'json', 'ts'],
  testRegex: 'test/faults/.*\\.fault-spec\\.ts$',
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  moduleNameMapper: {
    '^@kindling/database/data-source$': '<rootDir>/libs/database/src/data-source',
    '^@kindling/(.*)$': '<rootDir>/libs/$1/src',
  },
  testEnvironment: 'node',
  globalSetup: '<rootDir>/test/faults/global-setup.ts',
  globalTeardown: '<rootDir>/test/faults/global-teardown.ts',
  // One drill at a time: each one restarts servers and loads a 2-core machine.
  maxWorkers: 1,
  testTimeout: 120_000,
};
