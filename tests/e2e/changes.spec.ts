/**
 * The monitors' view: what changed (since the recorded release and since a date), which records
 * went stale, and a prefilled report on every task. Figures worked out by hand from content/:
 * 30 new tasks + 6 events = 36 changes; in the 30 days before 2026-03-13 (from 2026-02-11) only
 * x-2026-02-25-14 was assigned. The one recorded release is of 2026-03-13, the data date itself: the
 * page says it is the latest release and that there is no earlier one to compare with.
 */
import { expect, test } from '@playwright/test';
import { watchConsole } from './console.ts';

test('lists every change, newest first, and never compares the latest release with itself', async ({ page }) => {
  const console = watchConsole(page);
  await page.goto('/en/changes/');
  await expect(page.locator('table.changes tbody tr')).toHaveCount(36);
  await expect(page.locator('table.changes tbody tr').first()).toHaveAttribute('data-date', '2026-02-25');
  await expect(page.locator('[data-latest-release]')).toHaveText('This is the latest release, with data as of 13 March 2026.');
  await expect(page.getByRole('heading', { name: 'No earlier release has been recorded, so there is nothing to compare this one with.' })).toBeVisible();
  await expect(page.locator('[data-since-release]')).toHaveCount(0);
  await expect(page.getByText('1 change in the 30 days before the data date')).toBeVisible();
  expect(console).toEqual([]);
});

test('narrows to the changes since a chosen date', async ({ page }) => {
  await page.goto('/vi/changes/');
  await page.getByLabel('Hiện các thay đổi kể từ ngày').fill('2025-10-01');
  await page.getByRole('button', { name: 'Áp dụng' }).click();
  // On or after 2025-10-01: 13 tasks of 15 Oct, 4 tasks of Dec 2025 – Feb 2026 (18 Dec ×2, 25 Feb) … counted:
  // new tasks dated ≥ 2025-10-01: 13 (15 Oct) + 2 (18 Dec) + 1 (25 Feb) = 16; events ≥ 2025-10-01: none.
  await expect(page.locator('table.changes tbody tr:not([hidden])')).toHaveCount(16);
});

test('lists the records not updated for more than 90 days, oldest first', async ({ page }) => {
  await page.goto('/en/changes/');
  // Tasks assigned 2025-05-29 with no entry since: 2 + 30 + 31 + 31 + 30 + 31 + 30 + 31 + 31 + 28 + 13 = 288 days;
  // ties in id order, so s57-2025-05-29-01 comes first. Plan 02 phase 1 (last entry 2025-06-28) shows 258.
  await expect(page.locator('table.stale tbody tr').first()).toHaveAttribute('data-task', 's57-2025-05-29-01');
  await expect(page.locator('table.stale tbody tr').first().locator('td.num')).toHaveText('288');
  await expect(page.locator('tr[data-task="x-2025-06-19-11-phase-1"] td.num')).toHaveText('258');
  // The conclusions task is completed, so it is never stale.
  await expect(page.locator('tr[data-task="s57-2025-05-29-08"]')).toHaveCount(0);
});

test('a task page offers a prefilled problem report with the task id, data hash and address', async ({ page }) => {
  await page.goto('/en/tasks/s57-2025-10-15-08/');
  await page.getByText('Report a problem with this record').click();
  const text = await page.locator('[data-report-text]').textContent();
  expect(text).toContain('Task: s57-2025-10-15-08');
  expect(text).toMatch(/Data hash: [0-9a-f]{64}/);
  expect(text).toContain('/en/tasks/s57-2025-10-15-08/');
  await expect(page.getByText('No reporting address has been set up for this portal yet.')).toBeVisible();
});

test('an independent assessment shows beside the self-reported status, and a differing one is flagged', async ({ page }) => {
  // Fixture: overdue-task's latest report says "in progress"; the monitor's assessment says "not started".
  const { variant } = await import('../support/variants.ts');
  const { join } = await import('node:path');
  const { pathToFileURL } = await import('node:url');
  const dist = variant('minimal');
  await page.goto(pathToFileURL(join(dist, 'en', 'tasks', 'overdue-task', 'index.html')).href);
  const assessment = page.locator('[data-assessment="review-overdue-task"]');
  await expect(assessment).toContainText('Test monitoring board, 5 April 2026');
  await expect(assessment).toContainText('Finds: Not started');
  await expect(assessment.locator('.disagree')).toHaveText('⚠ Differs from the latest self-reported status (In progress)');
  await page.goto('/en/tasks/s57-2025-10-15-08/');
  await expect(page.getByText('No independent assessment of this task has been published yet.')).toBeVisible();
});
