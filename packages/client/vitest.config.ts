import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    // The tests start a real server on the embedded database (seconds, and more on a busy machine).
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
