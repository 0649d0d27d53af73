/**
 * Every recorded release, on the site as built (the live data, or the fixture): its manifest, signature and
 * records published byte for byte; the Open data page's steps pass verbatim on each release's
 * files; and, when the signing key has changed, the page lists every key with the releases it
 * signed. Which key signed what is read from OpenSSH's own answer, not from the portal's code.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { distDir } from '../support/built-site.ts';
import { dataPage, decodeHtml, verifyCommands } from '../support/verify-steps-page.ts';

/** The releases the site was built with: the live ones, or the frozen fixture's under playwright.config.ts. */
const RELEASES = process.env['CK57_RELEASES'] ?? 'releases';
const recorded = readdirSync(RELEASES)
  .filter((d) => existsSync(join(RELEASES, d, 'manifest.json')))
  .sort();
const page = dataPage();
const downloadedStep = verifyCommands(page, 'downloaded');
const text = decodeHtml(page.replace(/<[^>]+>/g, ''));

/** Run the page's step on one release's files saved under their names; OpenSSH's answer. */
function checkRelease(date: string): { status: number | null; stdout: string } {
  const folder = mkdtempSync(join(tmpdir(), 'ck57-live-steps-'));
  try {
    for (const name of ['manifest.json', 'manifest.json.sig']) copyFileSync(join(distDir, 'release', date, name), join(folder, name));
    copyFileSync(join(distDir, 'release', 'allowed_signers'), join(folder, 'allowed_signers'));
    return spawnSync('sh', ['-e', '-c', downloadedStep], { cwd: folder, encoding: 'utf8' });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

test('every recorded release and the keys are published byte for byte', () => {
  expect(recorded.length).toBeGreaterThan(0);
  for (const date of recorded)
    for (const name of ['manifest.json', 'manifest.json.sig', 'records.json'])
      expect(readFileSync(join(distDir, 'release', date, name)).equals(readFileSync(join(RELEASES, date, name))), `${date}/${name}`).toBe(
        true,
      );
  expect(readFileSync(join(distDir, 'release', 'allowed_signers'), 'utf8')).toBe(readFileSync(join(RELEASES, 'allowed_signers'), 'utf8'));
});

test('the Open data page’s step passes verbatim on every recorded release, and names each key with the releases it signed', () => {
  expect(downloadedStep).toContain('ssh-keygen -Y verify');
  const signedBy = new Map<string, string[]>();
  for (const date of recorded) {
    const result = checkRelease(date);
    expect(result.stdout, date).toContain('Good "cong-khai-57" signature for cong-khai-57');
    expect(result.status, date).toBe(0);
    const fingerprint = /key (SHA256:\S+)/.exec(result.stdout)?.[1] ?? '';
    signedBy.set(fingerprint, [...(signedBy.get(fingerprint) ?? []), date]);
  }
  const keyLines = readFileSync(join(RELEASES, 'allowed_signers'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.trimStart().startsWith('#'));
  if (keyLines.length < 2) return; // one key: the page shows its line alone
  keyLines.forEach((line, i) => {
    const fingerprint = spawnSync('ssh-keygen', ['-l', '-f', '-'], {
      input: line.slice(line.indexOf('ssh-')),
      encoding: 'utf8',
    }).stdout.split(' ')[1]!;
    const dates = (signedBy.get(fingerprint) ?? []).map((d) =>
      new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(d)),
    );
    const list = new Intl.ListFormat('en', { type: 'conjunction' }).format(dates);
    const said =
      dates.length === 0 ? 'has not signed' : dates.length === 1 ? `signed the release of ${list}` : `signed the releases of ${list}`;
    expect(text, `key ${i + 1}`).toContain(`Key ${i + 1} (${fingerprint}): ${said}`);
  });
});
