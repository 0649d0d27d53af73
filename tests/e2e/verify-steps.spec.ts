/**
 * The verify steps as a reader meets them: copied from the Open data page into a shell, verbatim,
 * on the files that page links (saved under the names it gives) and in the unzipped archive. The
 * signed releases the site publishes are the recorded ones, byte for byte.
 */
import { execSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { distDir } from '../support/built-site.ts';
import { FIXTURE_RELEASES } from '../support/fixture.ts';
import { unzipTo } from '../support/unzip.ts';
import { dataPage, verifyCommands } from '../support/verify-steps-page.ts';

const page = dataPage();
const commands = (kind: string) => verifyCommands(page, kind);

/** The links of the signing section that download a file: its address and the name it is saved under. */
function downloadLinks(): { href: string; name: string }[] {
  const section = page.slice(page.indexOf('id="signing-heading"'));
  return [...section.matchAll(/<a href="([^"]+)" download="([^"]+)"/g)].map((m) => ({ href: m[1]!, name: m[2]! }));
}

const run = (script: string, cwd: string) => spawnSync('sh', ['-e', '-c', script], { cwd, encoding: 'utf8' });

test('the page says which signed release it is based on and publishes it byte for byte with the key', () => {
  expect(page).toContain('These pages show the data as of 13 March 2026, based on the signed release of 13 March 2026; since then');
  for (const name of ['manifest.json', 'manifest.json.sig', 'records.json'])
    expect(
      readFileSync(join(distDir, 'release', '2026-03-13', name)).equals(readFileSync(join(FIXTURE_RELEASES, '2026-03-13', name))),
    ).toBe(true);
  expect(readFileSync(join(distDir, 'release', 'allowed_signers'), 'utf8')).toBe(
    readFileSync(join(FIXTURE_RELEASES, 'allowed_signers'), 'utf8'),
  );
});

test('the steps for downloaded files pass verbatim on the files the page links, saved under their names', () => {
  const folder = mkdtempSync(join(tmpdir(), 'ck57-steps-'));
  try {
    const wanted = ['/release/2026-03-13/manifest.json', '/release/2026-03-13/manifest.json.sig', '/release/allowed_signers'];
    const links = downloadLinks().filter((l) => wanted.includes(l.href));
    expect(links.map((l) => l.href).sort()).toEqual([...wanted].sort());
    for (const link of links) copyFileSync(join(distDir, link.href), join(folder, link.name));
    const result = run(commands('downloaded'), folder);
    expect(result.stdout).toContain('Good "cong-khai-57" signature for cong-khai-57');
    expect(result.status).toBe(0);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

test('the steps for the archive pass verbatim in the unzipped archive, and its README gives the same commands', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'ck57-steps-zip-'));
  try {
    await unzipTo(join(distDir, 'downloads', 'cong-khai-57-2026-03-13.zip'), folder);
    const steps = commands('archive');
    expect(steps.split('\n')).toHaveLength(2);
    const result = run(steps, folder);
    expect(result.stdout).toContain('Good "cong-khai-57" signature for cong-khai-57');
    expect(result.stdout).toContain('index.html: OK');
    expect(result.status).toBe(0);
    const readme = readFileSync(join(folder, 'README.txt'), 'utf8');
    for (const line of steps.split('\n')) expect(readme).toContain(line);
    // The signature line also runs as given at the root of the site itself.
    expect(run(steps.split('\n')[1]!, distDir).status).toBe(0);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

test('a release manifest edited after signing fails the same command', () => {
  const folder = mkdtempSync(join(tmpdir(), 'ck57-steps-bad-'));
  try {
    for (const link of downloadLinks().filter(
      (l) => l.href.startsWith('/release/2026-03-13/manifest') || l.href === '/release/allowed_signers',
    ))
      copyFileSync(join(distDir, link.href), join(folder, link.name));
    execSync(`sed -i 's/"dataDate": "2026-03-13"/"dataDate": "2026-03-14"/' manifest.json`, { cwd: folder });
    const result = run(commands('downloaded'), folder);
    expect(result.status).not.toBe(0);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
