/**
 * The three publicities as a reader sees them, in Vietnamese and English, against figures
 * counted by hand from content/ at the data date 2026-03-13:
 * - 30 tasks: 1 completed (s57-2025-05-29-08), 1 overdue (x-2025-06-19-11-phase-1),
 *   2 in progress with no deadline (s57-2025-05-29-04, x-2025-05-29-10), 26 with no report.
 * - 9 tasks have a deadline on or before 2026-03-31 (06-30, 08-15, 10-01, 10-18, 12-31 of 2025;
 *   01-31, 03-31 ×3 of 2026): 1 overdue, 8 unknown. By month: Jun 1, Aug 1, Oct 2, Dec 1, Jan 1, Mar 3.
 * - Only one deadline has been tested (the overdue one), so the on-time rate is 0 of 1 = 0 %.
 * - 17 bodies lead at least one task; 5 tasks name no lead body.
 * - Ministries, sectors and localities lead 3 tasks (1 overdue, 2 unknown): on-time rate 0 %.
 *   The Ministry of Science and Technology leads 2 (1 in progress, 1 unknown): not yet measurable.
 */
import { expect, test } from '@playwright/test';
import { watchConsole } from './console.ts';

test.describe('home', () => {
  test('shows the hand-counted figures in English', async ({ page }) => {
    const console = watchConsole(page);
    await page.goto('/en/');
    await expect(page.locator('.as-of')).toHaveText('Data as of 13 March 2026');
    await expect(page.locator('[data-figure="tasks"]')).toHaveText('30 tasks tracked');
    await expect(page.locator('[data-figure="overdue"]')).toContainText('1 task overdue');
    await expect(page.locator('[data-figure="unknown"]')).toContainText('26 tasks with no report yet');
    await expect(page.locator('[data-figure="on-time-rate"]')).toHaveText('On-time rate: 0%');
    await expect(page.locator('[data-figure="bodies"]')).toHaveText('17 bodies lead at least one task');
    await expect(page.locator('[data-figure="unnamed"]')).toHaveText('5 tasks name no lead body');
    expect(console).toEqual([]);
  });

  test('shows the same figures in Vietnamese', async ({ page }) => {
    await page.goto('/vi/');
    await expect(page.locator('.as-of')).toHaveText('Số liệu tính đến ngày 13 tháng 3 năm 2026');
    await expect(page.locator('[data-figure="tasks"]')).toHaveText('Đang theo dõi 30 nhiệm vụ');
    await expect(page.locator('[data-figure="overdue"]')).toContainText('1 nhiệm vụ quá hạn');
    await expect(page.locator('[data-figure="on-time-rate"]')).toHaveText('Tỷ lệ đúng hạn: 0%');
  });
});

test.describe('progress', () => {
  test('lists every task, the one overdue task with its days, and the deadlines chart', async ({ page }) => {
    const console = watchConsole(page);
    await page.goto('/en/progress/');
    await expect(page.locator('table.task-table tbody tr')).toHaveCount(30);
    await expect(page.locator('.overdue-list li')).toHaveCount(1);
    await expect(page.locator('.overdue-list')).toContainText('Overdue by 256 days');
    await expect(page.locator('#deadline-chart-summary')).toHaveText(/^9 tasks have a date for their deadline/);
    await expect(page.locator('svg.deadline-chart .total')).toHaveText(['1', '1', '2', '1', '1', '3']);
    expect(console).toEqual([]);
  });

  test('narrows the table with the filters: 1 overdue, 6 past their deadline, 3 due in the next 30 days', async ({ page }) => {
    await page.goto('/vi/progress/');
    const rows = page.locator('table.task-table tbody tr:not([hidden])');
    const filters = page.getByRole('group', { name: 'Lọc nhiệm vụ' });
    await filters.getByLabel('Tình trạng').selectOption('overdue');
    await expect(rows).toHaveCount(1);
    await expect(page.locator('[data-counter]')).toHaveText('Đang hiện 1/30 nhiệm vụ');
    await filters.getByLabel('Tình trạng').selectOption('');
    await filters.getByLabel('Thời hạn').selectOption('past');
    // Deadlines before 2026-03-13: all 2025 ones (5) and 2026-01-31 → 6.
    await expect(rows).toHaveCount(6);
    await filters.getByLabel('Thời hạn').selectOption('next30');
    // 2026-03-13 … 2026-04-12: the three due on 2026-03-31.
    await expect(rows).toHaveCount(3);
  });

  test('sorts by deadline when the header is pressed', async ({ page }) => {
    await page.goto('/en/progress/');
    await page.getByRole('button', { name: 'Deadline' }).click();
    await expect(page.locator('table.task-table tbody tr').first()).toHaveAttribute('data-deadline', '2025-06-30');
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the full table, the charts and their data tables are there', async ({ page }) => {
    await page.goto('/vi/progress/');
    await expect(page.locator('table.task-table tbody tr')).toHaveCount(30);
    await expect(page.locator('svg.deadline-chart rect.seg')).toHaveCount(6);
    await expect(page.locator('form.task-filters')).toBeHidden();
    await page.goto('/vi/indicators/digital-economy-share-gdp/');
    await expect(page.locator('svg.indicator-chart .point')).toHaveCount(2);
    await expect(page.locator('.chart-data tbody tr')).toHaveCount(2);
  });
});

test.describe('responsibility', () => {
  test('gives each body its counts and rate, in both languages', async ({ page }) => {
    await page.goto('/en/responsibility/');
    const msl = page.locator('tr[data-body="ministries-sectors-localities"]');
    await expect(msl.locator('[data-col="leads"]')).toHaveText('3');
    await expect(msl.locator('[data-col="overdue"]')).toHaveText('1');
    await expect(msl.locator('[data-col="unknown"]')).toHaveText('2');
    await expect(msl.locator('[data-col="rate"]')).toHaveText('0%');
    const most = page.locator('tr[data-body="ministry-science-technology"]');
    await expect(most.locator('[data-col="leads"]')).toHaveText('2');
    await expect(most.locator('[data-col="rate"]')).toHaveText('not yet measurable');
    await page.goto('/vi/bodies/ministry-science-technology/');
    await expect(page.locator('h1')).toHaveText('Bộ Khoa học và Công nghệ');
    await expect(page.locator('.task-list').first().locator('> li')).toHaveCount(2);
    await expect(page.locator('[data-col="rate"]')).toHaveText('chưa thể tính');
  });

  test('prints a body page as a review sheet without the navigation', async ({ page }) => {
    await page.goto('/en/bodies/ministries-sectors-localities/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('header nav')).toBeHidden();
    await expect(page.locator('.sheet-note')).toHaveText('Review sheet printed from Công khai 57. Data as of 13 March 2026.');
  });
});

test.describe('results', () => {
  test('shows the digital economy at 14.02 % of GDP against the ≥ 30 % target', async ({ page }) => {
    await page.goto('/vi/results/');
    const row = page.locator('tr[data-indicator="digital-economy-share-gdp"]');
    await expect(row.locator('[data-col="latest"]')).toContainText('14,02% GDP');
    await expect(row).toContainText('Ít nhất 30% GDP vào năm 2030');
    await expect(row.locator('[data-col="gap"]')).toHaveText('15,98');
    await expect(row.locator('[data-trajectory]')).toHaveText(/Chậm tiến độ/);
    await page.goto('/en/results/');
    await expect(page.locator('tr[data-indicator="digital-economy-share-gdp"] [data-col="gap"]')).toHaveText('15.98');
  });

  test('cites a source for every point of an indicator chart', async ({ page }) => {
    await page.goto('/en/indicators/budget-share-sti/');
    await expect(page.locator('svg.indicator-chart .point')).toHaveCount(5);
    const sources = await page.locator('.chart-data tbody tr td:last-child').allTextContents();
    expect(sources).toHaveLength(5);
    for (const source of sources) expect(source.trim()).not.toBe('');
    await expect(page.locator('.observations a[href^="https://"]')).toHaveCount(5);
  });
});

test.describe('sources and methodology', () => {
  test('the 15 October 2025 meeting lists the 13 tasks it assigned and its reports', async ({ page }) => {
    await page.goto('/en/sources/meeting-2025-10-15/');
    await expect(page.locator('ul.tasks').first().locator('> li')).toHaveCount(13);
    await expect(page.getByRole('heading', { name: 'Reports of this meeting' })).toBeVisible();
  });

  test('the methodology states the worked example of the status rule', async ({ page }) => {
    await page.goto('/en/methodology/');
    await expect(page.locator('main')).toContainText('completed late by 2 days');
    await expect(page.locator('main')).toContainText('overdue by 10 days');
    await expect(page.locator('.rules dt')).toHaveCount(9);
  });
});
