/**
 * Before the browser tests: make sure a Chromium is there. Playwright's own if installed or
 * downloadable; else the system's; else Debian's package where this user may install it (root with
 * apt-get, as on CI); else stop with one line saying how to get one. Where apt-get may be used, also
 * Debian's Noto fonts (fonts-noto-core), the fonts of Android phones: every run then shows the pages
 * and their charts as such phones draw them (the charts' own font must win over an installed Noto
 * Sans, tests/e2e/chart-labels.spec.ts). Elsewhere (a laptop without apt-get) the tests run with
 * the fonts the machine has; they must pass with any.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumPath, SYSTEM_CHROMIUM } from './chromium.ts';

function quietly(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): boolean {
  return spawnSync(command, args, { stdio: ['ignore', 'ignore', 'ignore'], env, timeout: 15 * 60_000 }).status === 0;
}

function ensureBrowser(): string | null {
  const found = chromiumPath();
  if (found) return found;
  console.log('No Chromium found; asking Playwright to download its own…');
  if (quietly('npx', ['playwright', 'install', 'chromium'])) return chromiumPath();
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('Playwright could not download its browser; installing Debian’s chromium with apt-get…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    if (quietly('apt-get', ['update', '-qq'], env) && quietly('apt-get', ['install', '-y', '-qq', 'chromium'], env)) return chromiumPath();
  }
  return null;
}

/** Debian's Noto fonts where root may install them with apt-get; nothing happens elsewhere, nor when they are there. */
function ensureNotoFonts(): void {
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get') || existsSync('/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf')) return;
  console.log('Installing Debian’s Noto fonts (fonts-noto-core), as Android phones have, with apt-get…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const install = () => quietly('apt-get', ['install', '-y', '-qq', 'fonts-noto-core'], env);
  if (!install() && !(quietly('apt-get', ['update', '-qq'], env) && install()))
    console.log('Could not install fonts-noto-core; the tests run with the fonts this machine has.');
}

if (import.meta.main) {
  ensureNotoFonts();
  const browser = ensureBrowser();
  if (browser === null) {
    console.error(
      `No browser for the tests: run "npx playwright install chromium", or install your system's Chromium at ${SYSTEM_CHROMIUM} (Debian: "apt-get install chromium"), then run npm test again.`,
    );
    process.exit(1);
  }
  console.log(`Browser tests use ${browser}.`);
}
