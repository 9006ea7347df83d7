import { defineConfig } from 'vitest/config';

const serverTests = ['server/**/*.test.ts', 'test/**/*.test.ts'];
/** Pure logic (no database): runs once, in the unit project. */
const unitTests = [
  'web/src/**/*.test.ts',
  'protocol/**/*.test.ts',
  'server/**/*.unit.test.ts',
  'messenger/**/*.test.ts',
];

/**
 * Every database test runs twice: on the embedded PGlite and on the real PostgreSQL
 * (TEST_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/test). Each test file gets its own
 * database, copied from a migrated template. Browser tests drive Debian's Chromium.
 */
export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Database tests mostly wait on PostgreSQL and child processes: two workers on two cores (the default is
    // one) took the server suite from 482 s to 376 s.
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: 'pglite',
          include: serverTests,
          exclude: ['**/*.unit.test.ts', '**/node_modules/**'],
          env: { CHARLA_TEST_DB: 'pglite' },
          globalSetup: ['test/setup-pglite.ts'],
        },
      },
      {
        test: {
          name: 'postgres',
          include: serverTests,
          exclude: ['**/*.unit.test.ts', '**/node_modules/**'],
          env: { CHARLA_TEST_DB: 'postgres' },
          globalSetup: ['test/setup-postgres.ts'],
        },
      },
      {
        test: { name: 'unit', include: unitTests },
      },
      {
        test: {
          name: 'browser',
          include: ['e2e/**/*.test.ts'],
          // A browser step on a loaded 2-core machine can take seconds; tests wait for conditions, never times.
          testTimeout: 60_000,
          env: { CHARLA_TEST_DB: 'pglite' },
          globalSetup: ['test/setup-pglite.ts'],
          fileParallelism: false,
        },
      },
    ],
  },
});
