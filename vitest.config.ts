import { defineConfig } from 'vitest/config';

// Two suites: `unit` needs no build and runs in seconds (`npm run test:unit`); `integration` spawns
// whole builds of small data sets (`npm run test:integration`). `npm test` runs both.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 20_000 } },
      { test: { name: 'integration', include: ['tests/integration/**/*.test.ts'], testTimeout: 180_000 } },
    ],
  },
});
