import { defineConfig } from 'vitest/config';

// Two suites: `unit` needs no build and runs in seconds (`npm run test:unit`); `integration` spawns
// whole builds of small data sets (`npm run test:integration`). `npm test` runs both.
export default defineConfig({
  test: {
    projects: [
      // The unit tests share one module graph per worker (no isolation): none mocks a module or sets
      // the environment, and loading the modules again for each of the 56 files was two thirds of
      // their time (23 s isolated, 9 s shared, on this 2-core machine).
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 20_000, isolate: false } },
      { test: { name: 'integration', include: ['tests/integration/**/*.test.ts'], testTimeout: 180_000 } },
    ],
  },
});
