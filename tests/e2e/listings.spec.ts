/**
 * Listings split into pages a reader can use on their own (src/domain/listing/pager.ts), reached
 * by plain links. Responsibility by kind of body, counted by hand from the fixture's content/
 * (no transfers there, so a body's tasks are the tasks naming it as lead, plus those it
 * coordinates): working groups 9 bodies leading 12 tasks, ministries 5 / 5, Party committees 3 / 4,
 * steering committees 2 / 3, the Party office 1 / 1, the advisory council 1 / 0 (it only
 * coordinates) — 21 bodies.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import { distDir } from '../support/built-site.ts';
import { unzipTo } from '../support/unzip.ts';

test('the Responsibility page lists the kinds of body, each linking to its own page', async ({ page }) => {
  await page.goto('/en/responsibility/');
  const rows = page.locator('table.kinds tbody tr');
  const found = await rows.evaluateAll((all) =>
    all.map((r) => `${r.getAttribute('data-kind')} ${[...r.querySelectorAll('td')].map((c) => c.textContent).join(' ')}`),
  );
  expect(found.sort()).toEqual([
    'advisory-council 1 0',
    'group 9 12',
    'ministry 5 5',
    'party-committee 3 4',
    'party-office 1 1',
    'steering-committee 2 3',
  ]);
  // 21 bodies fit on one page, so the overview still shows them all.
  await expect(page.locator('table.body-table tbody tr')).toHaveCount(21);
});

test('a kind of body is a page of its own, without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/en/responsibility/');
  await page.locator('tr[data-kind="ministry"] a').click();
  await expect(page).toHaveURL(/\/en\/responsibility\/ministry\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ministry');
  await expect(page.locator('table.body-table tbody tr')).toHaveCount(5);
  await expect(page.locator('[data-group-size]')).toHaveText('5 of 5 shown');
  await expect(page.locator('nav.pager')).toHaveCount(0);
  await context.close();
});

test('in the offline archive, opened from disk, a month of changes and a kind of body are a click away', async ({ page }) => {
  const folder = mkdtempSync(join(tmpdir(), 'ck57-listings-'));
  await unzipTo(join(distDir, 'downloads', 'cong-khai-57-2026-03-13.zip'), folder);
  await page.goto(pathToFileURL(join(folder, 'en', 'changes', 'index.html')).href);
  await page.locator('tr[data-month="2025-10"] a').click();
  expect(page.url()).toMatch(/\/en\/changes\/2025-10\/index\.html$/);
  await expect(page.locator('table.changes tbody tr')).toHaveCount(13);
  await page.goto(pathToFileURL(join(folder, 'en', 'responsibility', 'index.html')).href);
  await page.locator('tr[data-kind="ministry"] a').click();
  expect(page.url()).toMatch(/\/en\/responsibility\/ministry\/index\.html$/);
  await expect(page.locator('table.body-table tbody tr')).toHaveCount(5);
});

test('Progress links each status, past-deadline first, to its own page of tasks', async ({ page }) => {
  await page.goto('/en/progress/');
  const groups = page.locator('ul.by-status li');
  const found = await groups.evaluateAll((all) =>
    all.map((li) => ({ status: li.getAttribute('data-status')!, count: Number(li.textContent!.split(': ').at(-1)) })),
  );
  // The fixture's 30 tasks, each in one status group.
  expect(found.reduce((sum, g) => sum + g.count, 0)).toBe(30);
  if (found.some((g) => g.status === 'overdue')) expect(found[0]!.status).toBe('overdue');
  const first = found[0]!;
  await groups.first().locator('a').click();
  await expect(page).toHaveURL(new RegExp(`/en/progress/${first.status}/$`));
  await expect(page.locator('table.task-table tbody tr')).toHaveCount(first.count);
});
