/**
 * Browser tests run against the built site served over HTTP (`npm run build` first; `npm test`
 * does both). Debian's Chromium is used where it is installed (CI, this project's machines);
 * elsewhere Playwright's own browser, so the tests also run on an ordinary laptop.
 */
import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

const debianChromium = '/usr/bin/chromium';
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
    launchOptions: existsSync(debianChromium)
      ? {
          executablePath: debianChromium,
          args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
        }
      : {},
  },
  webServer: {
    command: `node src/cli/serve.ts ${process.env['CK57_DIST'] ?? 'dist'}`,
    url: `http://127.0.0.1:${port}/vi/`,
    env: { PORT: String(port) },
    reuseExistingServer: false,
  },
});
