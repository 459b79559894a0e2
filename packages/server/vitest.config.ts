import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    // PGlite takes seconds to start and argon2 is slow on purpose: one database per file, and
    // timeouts that hold on a busy two-core machine (a timeout here is a hang, not a measurement).
    testTimeout: 60_000,
    hookTimeout: 180_000,
    pool: 'forks',
    maxWorkers: 2,
  },
});
