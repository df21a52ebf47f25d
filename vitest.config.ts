import { defineConfig } from 'vitest/config'

/**
 * Two tiers: `unit` (no database, fast) and `int` (*.int.test.ts, against a database built once
 * per run from the migrations and the synthetic ministry: PGlite by default, the server named by
 * DATABASE_URL when it is set).
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'eval/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: ['**/*.int.test.ts', 'node_modules/**'],
          // Some unit tests generate tens of thousands of rows; on a busy 2-core machine that can
          // take more than the default 5 s. Time limits guard against hangs, not speed.
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'int',
          include: ['src/**/*.int.test.ts', 'eval/**/*.int.test.ts', 'test/**/*.int.test.ts'],
          globalSetup: ['test/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          pool: 'forks',
        },
      },
    ],
  },
})
