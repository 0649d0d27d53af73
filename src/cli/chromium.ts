/**
 * How the browser tests and the benchmark launch Chromium: Debian's where it is installed (CI, this
 * project's machines, where Playwright cannot download its own), Playwright's own elsewhere, so
 * both also run on an ordinary laptop.
 */
import { existsSync } from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

export function chromiumLaunchOptions(): LaunchOptions {
  return existsSync(DEBIAN_CHROMIUM)
    ? {
        executablePath: DEBIAN_CHROMIUM,
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
      }
    : {};
}
