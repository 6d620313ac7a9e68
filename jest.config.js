/**
 * Four tiers: `unit` runs pure domain tests with no database; `db` covers integration and e2e tests,
 * which share one embedded FerretDB started by globalSetup (each test file uses its own database);
 * `fault` breaks things on purpose (database outage, puppet logout, SIGKILL/SIGTERM, hostile input);
 * `browser` drives the web console in Chromium against the product started as a process.
 * @type {import('jest').Config}
 */
const transform = { '^.+\\.(t|j)sx?$': ['@swc/jest'] }

module.exports = {
  testTimeout: 30000,
  maxWorkers: 2,
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/unit/**/*.test.ts'],
      transform,
      resetModules: false,
    },
    {
      displayName: 'db',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/integration/**/*.test.ts', '<rootDir>/tests/e2e/**/*.test.ts'],
      transform,
      resetModules: false,
      globalSetup: '<rootDir>/tests/helpers/global-setup.ts',
      globalTeardown: '<rootDir>/tests/helpers/global-teardown.ts',
    },
    {
      // Fault tests (issue 7): database outage, puppet logout, SIGKILL and SIGTERM of the product, hostile input.
      // Tests that stop a database start their own FerretDB; the rest use the shared server of globalSetup.
      displayName: 'fault',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/fault/**/*.test.ts'],
      transform,
      resetModules: false,
      globalSetup: '<rootDir>/tests/helpers/global-setup.ts',
      globalTeardown: '<rootDir>/tests/helpers/global-teardown.ts',
    },
    {
      // The console in Debian's Chromium (playwright-core) against the product running as its own process.
      displayName: 'browser',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/browser/**/*.test.ts'],
      transform,
      resetModules: false,
      globalSetup: '<rootDir>/tests/helpers/global-setup.ts',
      globalTeardown: '<rootDir>/tests/helpers/global-teardown.ts',
    },
  ],
}
