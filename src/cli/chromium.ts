/**
 * Which Chromium the browser tests, Lighthouse and the benchmark launch: Playwright's own where it
 * is installed (an ordinary laptop after `npx playwright install`), else the system's (Debian's
 * package at /usr/bin/chromium, as on this project's machines and CI, where Playwright cannot
 * download its own). `npm test` makes sure one of them is there (src/cli/ensure-browser.ts).
 */
import { existsSync } from 'node:fs';
import { chromium, type LaunchOptions } from '@playwright/test';

export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** Flags for a root user on a machine with no GPU and a closed network. */
const SYSTEM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function playwrightChromiumInstalled(): boolean {
  return existsSync(chromium.executablePath());
}

/** The path of the Chromium to launch, or null when neither is installed. */
export function chromiumPath(): string | null {
  if (playwrightChromiumInstalled()) return chromium.executablePath();
  return existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : null;
}

export function chromiumLaunchOptions(): LaunchOptions {
  return !playwrightChromiumInstalled() && existsSync(SYSTEM_CHROMIUM) ? { executablePath: SYSTEM_CHROMIUM, args: SYSTEM_ARGS } : {};
}
