import { defineConfig } from 'vitest/config';

// Two projects: pure unit tests run in parallel with no database; integration tests share one
// real Neo4j started once per run (test/global-setup.ts) and run one file at a time, because
// Neo4j Community has a single user database.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts', 'test/reliability/**/*.test.ts'],
          exclude: ['test/reliability/soak/**'],
          environment: 'node',
          globalSetup: ['test/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
