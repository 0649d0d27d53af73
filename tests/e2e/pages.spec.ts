/**
 * The three publicities as a reader sees them, in Vietnamese and English, against figures
 * counted by hand from content/ at the data date 2026-03-13:
 * - 30 tasks: 1 completed (s57-2025-05-29-08), 2 in progress with no deadline (s57-2025-05-29-04,
 *   x-2025-05-29-10), 18 with neither deadline nor report, and 9 with a deadline:
 * - 6 deadlines passed before 2026-03-13 with no completion reported, worst first:
 *   x-2025-06-19-11-phase-1 (2025-06-30, 256 days; last report in progress, 28 June 2025),
 *   x-2025-08-08-12-commune-services (2025-08-15, 210), x-2025-08-08-12-electronic-dossiers
 *   (2025-10-01, 163), s57-2025-10-15-13 (2025-10-18, 146), x-2025-06-19-11-phase-2 (2025-12-31, 72),
 *   x-2025-12-18-13-data-center-decree (2026-01-31, 41). 3 are due 2026-03-31 (18 days left): not yet due.
 *   By month: Jun 1, Aug 1, Oct 2, Dec 1, Jan 1, Mar 3.
 * - 6 deadlines tested, 0 met: at least 5, so the on-time rate is shown: 0 of 6 = 0 %.
 * - 17 bodies lead at least one task; 5 tasks name no lead body.
 * - Ministries, sectors and localities lead 3 tasks (2 past the deadline, 1 with neither deadline nor
 *   report): 2 tested, fewer than 5 → "2 of 2 tested deadlines missed", no percentage.
 *   The Ministry of Science and Technology leads 2 (1 in progress with no deadline, 1 with neither):
 *   nothing tested → not yet measurable.
 */
import { expect, test } from '@playwright/test';
import { watchConsole } from './console.ts';

test.describe('home', () => {
  test('shows the hand-counted figures in English', async ({ page }) => {
    const console = watchConsole(page);
    await page.goto('/en/');
    await expect(page.locator('.as-of')).toHaveText('Data as of 13 March 2026');
    await expect(page.locator('[data-figure="tasks"]')).toHaveText('30 tasks tracked');
    const past = page.locator('[data-figure="past-deadline"]');
    await expect(past.locator('h2')).toHaveText('6 tasks past their deadline with no completion reported');
    await expect(past.locator('h2 a')).toHaveAttribute('href', '/en/progress/?status=past_deadline');
    await expect(past.locator('li')).toHaveCount(6);
    const order = [
      'x-2025-06-19-11-phase-1',
      'x-2025-08-08-12-commune-services',
      'x-2025-08-08-12-electronic-dossiers',
      's57-2025-10-15-13',
      'x-2025-06-19-11-phase-2',
      'x-2025-12-18-13-data-center-decree',
    ];
    expect(await past.locator('li').evaluateAll((items) => items.map((li) => li.getAttribute('data-task')))).toEqual(order);
    const worst = past.locator('li').first();
    await expect(worst).toContainText('256 days past the deadline');
    await expect(worst.locator('[data-body] a')).toHaveAttribute('href', '/en/bodies/ministries-sectors-localities/');
    await expect(worst.locator('[data-last-report]')).toHaveText('last report: In progress, 28 June 2025');
    await expect(past.locator('li').nth(1)).toContainText('210 days past the deadline');
    await expect(past.locator('li').nth(1).locator('[data-last-report]')).toHaveText('no report at all');
    await expect(page.locator('[data-figure="on-time-rate"]')).toHaveText('On-time rate: 0%');
    await expect(page.locator('[data-figure="bodies"]')).toHaveText('17 bodies lead at least one task');
    await expect(page.locator('[data-figure="unnamed"]')).toHaveText('5 tasks name no lead body');
    expect(console).toEqual([]);
  });

  test('shows the same figures in Vietnamese', async ({ page }) => {
    await page.goto('/vi/');
    await expect(page.locator('.as-of')).toHaveText('Số liệu tính đến ngày 13 tháng 3 năm 2026');
    await expect(page.locator('[data-figure="tasks"]')).toHaveText('Đang theo dõi 30 nhiệm vụ');
    await expect(page.locator('[data-figure="past-deadline"] h2')).toHaveText('6 nhiệm vụ quá hạn mà chưa báo cáo hoàn thành');
    await expect(page.locator('[data-figure="on-time-rate"]')).toHaveText('Tỷ lệ đúng hạn: 0%');
  });
});

test.describe('progress', () => {
  test('lists every task most urgent first, the six past their deadline named up top, and the deadlines chart', async ({ page }) => {
    const console = watchConsole(page);
    await page.goto('/en/progress/');
    const rows = page.locator('table.task-table tbody tr');
    await expect(rows).toHaveCount(30);
    // Past the deadline, longest first; then the three due 2026-03-31 (by id); then open tasks with no deadline; the completed one last.
    const ids = await rows.evaluateAll((trs) => trs.map((tr) => tr.querySelector('th a')!.getAttribute('href')!.split('/').at(-2)));
    expect(ids.slice(0, 9)).toEqual([
      'x-2025-06-19-11-phase-1',
      'x-2025-08-08-12-commune-services',
      'x-2025-08-08-12-electronic-dossiers',
      's57-2025-10-15-13',
      'x-2025-06-19-11-phase-2',
      'x-2025-12-18-13-data-center-decree',
      's57-2025-10-15-08',
      'x-2025-12-18-13-innovation-center-decree',
      'x-2026-02-25-14',
    ]);
    expect(ids.at(-1)).toBe('s57-2025-05-29-08');
    await expect(page.locator('.past-deadline-list > li')).toHaveCount(6);
    await expect(page.locator('.past-deadline-list > li').first()).toContainText('256 days past the deadline');
    await expect(page.locator('#deadline-chart-summary')).toHaveText(/^9 tasks have a date for their deadline/);
    await expect(page.locator('svg.deadline-chart .total')).toHaveText(['1', '1', '2', '1', '1', '3']);
    expect(console).toEqual([]);
  });

  test('narrows the table with the filters: 6 past their deadline, 3 due in the next 30 days, kept in the address', async ({ page }) => {
    await page.goto('/vi/progress/');
    const rows = page.locator('table.task-table tbody tr:not([hidden])');
    const filters = page.getByRole('group', { name: 'Lọc nhiệm vụ' });
    await filters.getByLabel('Tình trạng').selectOption('past_deadline');
    await expect(rows).toHaveCount(6);
    await expect(page.locator('[data-counter]')).toHaveText('Đang hiện 6/30 nhiệm vụ');
    await expect(page).toHaveURL(/\?status=past_deadline$/);
    await filters.getByLabel('Tình trạng').selectOption('');
    await filters.getByLabel('Thời hạn').selectOption('past');
    // Deadlines before 2026-03-13: all 2025 ones (5) and 2026-01-31 → 6.
    await expect(rows).toHaveCount(6);
    await filters.getByLabel('Thời hạn').selectOption('next30');
    // 2026-03-13 … 2026-04-12: the three due on 2026-03-31.
    await expect(rows).toHaveCount(3);
    // Back steps through the earlier filters: "past", then none, then the status filter alone.
    await page.goBack();
    await expect(rows).toHaveCount(6);
    await expect(filters.getByLabel('Thời hạn')).toHaveValue('past');
    await page.goBack();
    await expect(rows).toHaveCount(30);
    await page.goBack();
    await expect(filters.getByLabel('Tình trạng')).toHaveValue('past_deadline');
    await expect(rows).toHaveCount(6);
  });

  test('opens filtered and sorted from a shared address', async ({ page }) => {
    await page.goto('/en/progress/?lead=provincial-peoples-committees&sort=2-desc');
    const rows = page.locator('table.task-table tbody tr:not([hidden])');
    await expect(rows).toHaveCount(2);
    // Sorted by deadline, latest first: 2025-10-01 before 2025-08-15.
    await expect(rows.first()).toHaveAttribute('data-deadline', '2025-10-01');
    await expect(page.locator('table.task-table thead th').nth(2)).toHaveAttribute('aria-sort', 'descending');
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
    await expect(msl.locator('[data-col="past-deadline"]')).toHaveText('2');
    await expect(msl.locator('[data-col="no-deadline-no-report"]')).toHaveText('1');
    await expect(msl.locator('[data-col="rate"]')).toHaveText('2 of 2 tested deadlines missed');
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
    await expect(row.locator('[data-col="gap"]')).toHaveText('15,98 điểm phần trăm');
    await expect(row.locator('[data-trajectory]')).toHaveText(/Chậm tiến độ/);
    await page.goto('/en/results/');
    await expect(page.locator('tr[data-indicator="digital-economy-share-gdp"] [data-col="gap"]')).toHaveText('15.98 percentage points');
  });

  test('cites a source for every figure of an indicator, and charts only the comparable ones', async ({ page }) => {
    await page.goto('/en/indicators/budget-share-sti/');
    await expect(page.locator('svg.indicator-chart .point')).toHaveCount(4);
    await expect(page.locator('svg.indicator-chart .unit')).toHaveText('%');
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
    await expect(page.locator('main')).toContainText('10 days past its deadline with no completion reported');
    await expect(page.locator('main')).not.toContainText('src/');
    await expect(page.locator('.rules dt')).toHaveCount(9);
  });
});
