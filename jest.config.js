// Unit (*.spec.ts beside the code), integration (test/integration) and e2e
// (test/e2e) tests in one run, on real Postgres and Redis provisioned by the
// global setup. Run through `npm test`.
/** @type {import('jest').Config} */
module.exports = {
  rootDir: '.',
  moduleFileExtensions: ['js', 'json', 'ts'],
  testRegex: '\\.(spec|int-spec|e2e-spec)\\.ts$',
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  // Transpiled only (tsconfig's isolatedModules): `npm run typecheck` checks the types.
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  moduleNameMapper: {
    '^@kindling/database/data-source$': '<rootDir>/libs/database/src/data-source',
    '^@kindling/(.*)$': '<rootDir>/libs/$1/src',
  },
  testEnvironment: 'node',
  globalSetup: '<rootDir>/test/setup/global-setup.ts',
  globalTeardown: '<rootDir>/test/setup/global-teardown.ts',
  maxWorkers: 2,
  testTimeout: 30_000,
};
