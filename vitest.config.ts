import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    // Seeding every bundled file in a beforeAll takes ~20 s on an idle machine, minutes on a loaded one.
    hookTimeout: 300_000,
    // Database tests each open their own PGlite instance or PostgreSQL database; two cores.
    maxWorkers: 2,
    minWorkers: 1,
  },
});
