import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Database tests each open their own PGlite instance or PostgreSQL database; two cores.
    maxWorkers: 2,
    minWorkers: 1,
  },
});
