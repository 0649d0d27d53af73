/**
 * The built site, served over HTTP, shows each task's status as worked out by hand from
 * content/ at the data's "as of" date, 2026-03-13.
 */
import { expect, test } from '@playwright/test';
import { watchConsole } from './console.ts';

test.describe('task pages show the hand-computed status', () => {
  test('the date of the last progress report stands apart from our own corrections, of which the fixture has none', async ({ page }) => {
    // Status reports of 14 and 27 June 2025; no correction and no revision of ours.
    await page.goto('/en/tasks/x-2025-05-29-10/');
    await expect(page.locator('[data-field="last-report"]')).toHaveText('27 June 2025');
    await expect(page.locator('[data-field="last-edited"]')).toHaveCount(0);
    // No report at all: the assignment date is given instead, and said to be one.
    await page.goto('/en/tasks/s57-2025-05-29-01/');
    await expect(page.locator('[data-field="last-report"]')).toHaveText('None yet (assigned 29 May 2025)');
  });

  test('Plan 02 phase 1: deadline 2025-06-30, last report "in progress" on 2025-06-28 → 256 days past the deadline, no completion reported', async ({
    page,
  }) => {
    // 2025-06-30 → 2026-03-13: 1 + 31 + 31 + 30 + 31 + 30 + 31 + 31 + 28 + 12 = 256 days.
    const console = watchConsole(page);
    await page.goto('/en/tasks/x-2025-06-19-11-phase-1/');
    await expect(page.locator('.status-line .chip')).toHaveText(/Past deadline, no completion reported/);
    await expect(page.locator('.status-line')).toContainText('256 days past the deadline');
    await expect(page.locator('.status-line [data-last-report]')).toHaveText('last report: In progress, 28 June 2025');
    await page.goto('/vi/tasks/x-2025-06-19-11-phase-1/');
    await expect(page.locator('.status-line .chip')).toHaveText(/Quá hạn, chưa báo cáo hoàn thành/);
    await expect(page.locator('.status-line')).toContainText('Đã quá hạn 256 ngày');
    expect(console).toEqual([]);
  });

  test('plans due 2025-10-18 with no report → 146 days past the deadline, with no report at all', async ({ page }) => {
    // 2025-10-18 → 2026-03-13: 13 + 30 + 31 + 31 + 28 + 13 = 146 days.
    await page.goto('/en/tasks/s57-2025-10-15-13/');
    await expect(page.locator('.status-line .chip')).toHaveText(/Past deadline, no completion reported/);
    await expect(page.locator('.status-line')).toContainText('146 days past the deadline');
    await expect(page.locator('.status-line [data-last-report]')).toHaveText('no report at all');
  });

  test('the conclusions reported on 2025-06-14, with no deadline → completed', async ({ page }) => {
    await page.goto('/en/tasks/s57-2025-05-29-08/');
    await expect(page.locator('.status-line .chip')).toHaveText(/^\W*Completed$/);
    await expect(page.locator('.timeline')).toContainText('14 June 2025');
  });

  test('decrees due 2026-03-31, no report yet → not yet due, 18 days left, with the original deadline shown', async ({ page }) => {
    await page.goto('/en/tasks/s57-2025-10-15-08/');
    await expect(page.locator('.status-line .chip')).toHaveText(/Not yet due/);
    await expect(page.locator('.status-line')).toContainText('18 days left');
    await expect(page.locator('[data-field="original-deadline"]')).toHaveText('31 March 2026');
    await expect(page.getByRole('link', { name: 'Government Party Committee' }).first()).toBeVisible();
  });
});
