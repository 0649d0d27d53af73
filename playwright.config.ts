/**
 * Browser tests run against the built site served over HTTP (`npm run build` first; `npm test`
 * does both), in Debian's Chromium where it is installed, Playwright's own elsewhere
 * (src/cli/chromium.ts).
 */
import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './src/cli/chromium.ts';
const port = Number(process.env['CK57_TEST_PORT'] ?? 4173);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: process.env['CI'] ? [['list']] : [['list']],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    ...devices['Desktop Chrome'],
    launchOptions: chromiumLaunchOptions(),
  },
  webServer: {
    command: `node src/cli/serve.ts ${process.env['CK57_DIST'] ?? 'dist'}`,
    url: `http://127.0.0.1:${port}/vi/`,
    env: { PORT: String(port) },
    reuseExistingServer: false,
  },
});
