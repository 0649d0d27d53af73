/**
 * The offline archive as a reader with no connection uses it: unzipped, opened from disk with no
 * server, navigable in two languages, styled, with charts and a working search; and its
 * checksums verify with sha256sum.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import { distDir } from '../support/built-site.ts';
import { unzipTo } from '../support/unzip.ts';
import { realFailure } from './console.ts';

const name = 'cong-khai-57-2026-03-13.zip';
let folder = '';

test.beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'ck57-archive-'));
  await unzipTo(join(distDir, 'downloads', name), folder);
});

test('the archive is named with the data date and its checksum file matches it', () => {
  const line = readFileSync(join(distDir, 'downloads', `${name}.sha256`), 'utf8');
  expect(line).toMatch(new RegExp(`^[0-9a-f]{64}  ${name.replace(/\./g, '\\.')}\\n$`));
  expect(execFileSync('sha256sum', ['-c', `${name}.sha256`], { cwd: join(distDir, 'downloads'), encoding: 'utf8' })).toContain(
    `${name}: OK`,
  );
});

test('sha256sum -c SHA256SUMS passes inside the unzipped archive', () => {
  const output = execFileSync('sha256sum', ['-c', '--quiet', 'SHA256SUMS'], { cwd: folder, encoding: 'utf8' });
  expect(output).toBe('');
  expect(readFileSync(join(folder, 'README.txt'), 'utf8')).toContain('sha256sum -c SHA256SUMS');
});

test('opened from disk, the pages link to each other in Vietnamese and English, styled and with charts', async ({ page }) => {
  const failed: string[] = [];
  page.on('requestfailed', (request) => {
    const failure = realFailure(request);
    if (failure) failed.push(failure);
  });
  await page.goto(pathToFileURL(join(folder, 'index.html')).href);
  for (const [language, progress, taskTitle] of [
    ['Tiếng Việt', 'Tiến độ', 'Nhiệm vụ 3/5'],
    ['English', 'Progress', 'Task 3 of 5'],
  ] as const) {
    await page.goto(pathToFileURL(join(folder, 'index.html')).href);
    await page.getByRole('link', { name: new RegExp(language) }).click();
    await page.getByRole('navigation').getByRole('link', { name: progress }).click();
    await expect(page.locator('svg.deadline-chart')).toBeVisible();
    // The stylesheet loaded: the body is a flex column only through global.css.
    expect(await page.evaluate(() => getComputedStyle(document.body).display)).toBe('flex');
    await page.getByRole('link', { name: new RegExp(taskTitle) }).click();
    expect(page.url()).toMatch(/tasks\/s57-2025-10-15-08\/index\.html$/);
    await expect(page.locator('h1')).toContainText(taskTitle);
  }
  expect(failed).toEqual([]);
});

test('opened from disk, a task leads to the meeting that assigned it and on to every meeting', async ({ page }) => {
  await page.goto(pathToFileURL(join(folder, 'en', 'tasks', 's57-2025-10-15-08', 'index.html')).href);
  await page.locator('[data-assigned-at]').click();
  expect(page.url()).toMatch(/en\/meetings\/meeting-2025-10-15\/index\.html$/);
  await expect(page.locator('[data-meeting-tasks] .task-title a')).toHaveCount(13);
  await page.getByRole('link', { name: 'All meetings' }).click();
  expect(page.url()).toMatch(/en\/meetings\/index\.html$/);
  await expect(page.locator('[data-meeting]')).toHaveCount(5);
});

test('search works offline, unaccented Vietnamese included', async ({ page }) => {
  expect(existsSync(join(folder, 'search-offline', 'vi.js'))).toBe(true);
  await page.goto(`${pathToFileURL(join(folder, 'vi', 'search', 'index.html')).href}?q=${encodeURIComponent('chuyen doi so')}`);
  await expect(page.locator('ol[data-results] > li').first()).toBeVisible();
  const first = page.locator('ol[data-results] > li > a').first();
  await first.click();
  expect(page.url()).toMatch(/^file:.*\/vi\/.*index\.html$/);
  await page.goto(pathToFileURL(join(folder, 'en', 'search', 'index.html')).href);
  await page.getByRole('searchbox', { name: 'Search the portal' }).last().fill('Government Party Committee');
  await page.getByRole('button', { name: 'Search', exact: true }).last().click();
  await expect(page.locator('ol[data-results] > li > a').first()).toHaveText('Government Party Committee');
});

test('offline search says how many it shows of how many it found, and lists the next ones on request', async ({ page }) => {
  // "the" is in nearly every English record: more than fifty results, the first fifty listed.
  await page.goto(`${pathToFileURL(join(folder, 'en', 'search', 'index.html')).href}?q=the`);
  const status = page.locator('[data-status]');
  await expect(status).toHaveText(/^Showing 50 of \d+ results$/);
  const found = Number((await status.textContent())!.match(/\d+/g)!.at(-1));
  expect(found).toBeGreaterThan(50);
  await expect(page.locator('ol[data-results] > li')).toHaveCount(50);
  await page.getByRole('button', { name: `Show ${Math.min(50, found - 50)} more results` }).click();
  await expect(page.locator('ol[data-results] > li')).toHaveCount(Math.min(100, found));
  await expect(page.locator('ol[data-results] > li').nth(50).locator('a')).toBeFocused();
});

test('opened from disk, charts draw in the portal’s own font, read from the archive', async ({ page }) => {
  for (const locale of ['vi', 'ru']) {
    await page.goto(pathToFileURL(join(folder, locale, 'indicators', 'budget-share-sti', 'index.html')).href);
    const loaded = await page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].filter((face) => face.family.includes('Cong Khai Chart Sans') && face.status === 'loaded').length;
    });
    // The Latin subset and the language's own (Vietnamese or Cyrillic), in the weights the chart uses.
    expect(loaded, locale).toBeGreaterThanOrEqual(2);
  }
});
