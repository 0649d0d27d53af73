/**
 * No link a reader copies names this machine: no built page, feed, calendar, sitemap, CSV, JSON or
 * archived file contains "localhost" (or 127.0.0.1). Runs on the fixture built for an address
 * (SITE_URL, playwright.config.ts) and on the live data built as `npm run build` makes it by
 * default, without one (playwright.live.config.ts), where links are relative instead.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { builtFiles, distDir } from '../support/built-site.ts';
import { unzipTo } from '../support/unzip.ts';

const LOCAL = /localhost|127\.0\.0\.1/;
const TEXT = /\.(html|xml|atom|ics|csv|json|txt|webmanifest|css|js|svg|sha256)$|\/(SHA256SUMS|_headers|_redirects)$/;

/** Every text file under `dir` whose bytes name this machine, with the first match's context. */
function localMentions(dir: string, files: string[]): string[] {
  const found: string[] = [];
  for (const file of files) {
    if (!TEXT.test(file) || file.startsWith('/pagefind/')) continue;
    const text = readFileSync(join(dir, file), 'utf8');
    const match = LOCAL.exec(text);
    if (match) found.push(`${file}: …${text.slice(Math.max(0, match.index - 40), match.index + 40)}…`);
  }
  return found;
}

test('no built page, feed, sitemap, CSV or data file names localhost', () => {
  const files = builtFiles();
  // The kinds of file a reader copies a link from are all there to be checked.
  for (const kind of [/\/index\.html$/, /\.atom$/, /\.ics$/, /sitemap\.xml$/, /\.csv$/, /\/tasks\/[^/]+\.json$/, /robots\.txt$/])
    expect(
      files.some((f) => kind.test(f)),
      String(kind),
    ).toBe(true);
  expect(localMentions(distDir, files)).toEqual([]);
});

test('no file of the offline archive names localhost', async () => {
  const zip = readdirSync(join(distDir, 'downloads')).find((name) => name.endsWith('.zip'))!;
  const folder = mkdtempSync(join(tmpdir(), 'ck57-nolocal-'));
  try {
    await unzipTo(join(distDir, 'downloads', zip), folder);
    const files = readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name).slice(folder.length));
    expect(files.length).toBeGreaterThan(100);
    expect(localMentions(folder, files)).toEqual([]);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
