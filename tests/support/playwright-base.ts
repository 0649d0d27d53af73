/**
 * The browser tests' configuration, shared by the two suites `npm test` runs:
 * - playwright.config.ts: every test, on the frozen fixture (figures counted by hand hold);
 * - playwright.live.config.ts: what must hold whatever the live content/ says.
 * Each serves its build over HTTP on a port the OS picks, in Debian's Chromium where it is
 * installed and Playwright's own elsewhere (src/cli/chromium.ts).
 */
import { createServer } from 'node:net';
import { defineConfig, devices, type PlaywrightTestConfig } from '@playwright/test';
import { chromiumLaunchOptions } from '../../src/cli/chromium.ts';

interface Suite {
  /** The built site the tests read and serve. */
  dist: string;
  /** The data it was built from (CK57_CONTENT, CK57_RELEASES), or undefined for the live content/. */
  content?: string;
  releases?: string;
  /** SITE_URL of the build, or undefined for a build without one (as `npm run build` makes it by default). */
  site?: string;
  testMatch?: string[];
  /** Build the extra sites the tests need once, before them (tests/support/variants.ts). */
  variants?: boolean;
}

/** A port nobody listens on, asked of the OS once by the runner; its workers inherit it. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export async function portalTestConfig(suite: Suite): Promise<PlaywrightTestConfig> {
  // Set for the runner and inherited by its workers and by every build a test makes.
  process.env['CK57_DIST'] = suite.dist;
  if (suite.content) process.env['CK57_CONTENT'] = suite.content;
  else delete process.env['CK57_CONTENT'];
  if (suite.releases) process.env['CK57_RELEASES'] = suite.releases;
  else delete process.env['CK57_RELEASES'];
  if (suite.site) process.env['SITE_URL'] = suite.site;
  else delete process.env['SITE_URL'];
  process.env['CK57_TEST_PORT'] ??= String(await freePort());
  const port = Number(process.env['CK57_TEST_PORT']);
  return defineConfig({
    testDir: 'tests/e2e',
    ...(suite.testMatch ? { testMatch: suite.testMatch } : {}),
    // CK57_NO_VARIANTS=1 skips them while working on one spec that needs none (`npx playwright test x.spec.ts`).
    ...(suite.variants && !process.env['CK57_NO_VARIANTS']
      ? { globalSetup: './tests/support/global-setup.ts', globalTeardown: './tests/support/global-teardown.ts' }
      : {}),
    fullyParallel: true,
    workers: 2,
    retries: 0,
    reporter: [['list']],
    timeout: 60_000,
    use: {
      baseURL: `http://127.0.0.1:${port}`,
      ...devices['Desktop Chrome'],
      launchOptions: chromiumLaunchOptions(),
    },
    webServer: {
      command: `node src/cli/serve.ts ${suite.dist}`,
      url: `http://127.0.0.1:${port}/vi/`,
      env: { PORT: String(port) },
      reuseExistingServer: false,
    },
  });
}
