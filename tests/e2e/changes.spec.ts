/**
 * The monitors' view: what changed (since the recorded release and month by month), which records
 * went stale, and a prefilled report on every task. Figures worked out by hand from content/:
 * 30 new tasks + 6 events = 36 changes; in the 30 days before 2026-03-13 (from 2026-02-11) only
 * x-2026-02-25-14 was assigned. The one recorded release is of 2026-03-13, the data date itself: the
 * page says it is the latest release and that there is no earlier one to compare with.
 */
import { expect, test } from '@playwright/test';
import { watchConsole } from './console.ts';

test('lists the months with changes, newest first, and never compares the latest release with itself', async ({ page }) => {
  const console = watchConsole(page);
  await page.goto('/en/changes/');
  // Assigned dates and event dates by month (content/tasks): Feb 2026 1 (x-2026-02-25-14), Dec 2025 2,
  // Oct 2025 13 (the tasks of 15 Oct), Sep 2025 1, Aug 2025 2, Jun 2025 7, May 2025 10 = 36.
  const months = page.locator('table.months tbody tr');
  await expect(months).toHaveCount(7);
  expect(
    await months.evaluateAll((rows) => rows.map((r) => `${r.getAttribute('data-month')} ${r.querySelector('td')!.textContent}`)),
  ).toEqual(['2026-02 1', '2025-12 2', '2025-10 13', '2025-09 1', '2025-08 2', '2025-06 7', '2025-05 10']);
  await expect(page.locator('[data-latest-release]')).toHaveText('This is the latest release, with data as of 13 March 2026.');
  await expect(
    page.getByRole('heading', { name: 'No earlier release has been recorded, so there is nothing to compare this one with.' }),
  ).toBeVisible();
  await expect(page.locator('[data-since-release]')).toHaveCount(0);
  await expect(page.getByText('1 change in the 30 days before the data date')).toBeVisible();
  expect(console).toEqual([]);
});

test("a month's changes are a page of their own, reached by a plain link", async ({ page }) => {
  await page.goto('/vi/changes/');
  await page.locator('tr[data-month="2025-10"] a').click();
  await expect(page).toHaveURL(/\/vi\/changes\/2025-10\/$/);
  const rows = page.locator('table.changes tbody tr');
  await expect(rows).toHaveCount(13);
  expect(new Set(await rows.evaluateAll((all) => all.map((r) => r.getAttribute('data-date')!.slice(0, 7))))).toEqual(new Set(['2025-10']));
  await expect(page.locator('[data-group-size]')).toHaveAttribute('data-group-size', '13');
  // One page: no pager.
  await expect(page.locator('nav.pager')).toHaveCount(0);
  await page.getByRole('link', { name: '← Mọi thay đổi' }).click();
  await expect(page).toHaveURL(/\/vi\/changes\/$/);
});

test('lists the records not updated for more than 90 days, oldest first', async ({ page }) => {
  await page.goto('/en/changes/');
  // Tasks assigned 2025-05-29 with no entry since: 2 + 30 + 31 + 31 + 30 + 31 + 30 + 31 + 31 + 28 + 13 = 288 days;
  // ties in id order, so s57-2025-05-29-01 comes first.
  await expect(page.locator('table.stale tbody tr').first()).toHaveAttribute('data-task', 's57-2025-05-29-01');
  await expect(page.locator('table.stale tbody tr').first().locator('td.num')).toHaveText('288');
  // The overview shows the first ten; the full list is a page of its own.
  await expect(page.locator('table.stale tbody tr')).toHaveCount(10);
  await page.locator('#stale ~ p a').first().click();
  await expect(page).toHaveURL(/\/en\/changes\/stale\/$/);
  // Plan 02 phase 1 (last entry 2025-06-28) shows 258.
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
  // …and one tap leads to where we looked for one, in a language without its own Methodology text too.
  await page.goto('/ru/tasks/s57-2025-10-15-08/');
  await page.getByRole('link', { name: 'Что мы искали' }).click();
  await expect(page).toHaveURL(/\/ru\/methodology\/#assessments$/);
  await expect(page.locator('#assessments h2')).toHaveText('Независимые оценки: что искали');
  await expect(page.locator('#assessments')).toContainText('Государственной аудиторской службы');
});
