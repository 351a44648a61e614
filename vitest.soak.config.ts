import { defineConfig } from 'vitest/config';

// `npm run soak`: the long reliability runs (test/reliability/soak), on their own embedded Neo4j
// like the integration tests. SOAK_SECONDS sets the load's duration (default 180).
export default defineConfig({
  test: {
    include: ['test/reliability/soak/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 3_600_000,
    hookTimeout: 300_000,
  },
});
