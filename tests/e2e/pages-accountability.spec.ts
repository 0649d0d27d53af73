/**
 * Responsibility, body, results and indicator pages on the real data (content/, as of 2026-03-13),
 * against figures worked out by hand from the JSON files:
 *
 * Tasks led by "ministries-sectors-localities" (Các bộ, ngành, địa phương):
 *   s57-2025-05-29-05        no deadline, no report                       → no deadline and no report
 *   x-2025-06-19-11-phase-1  due 2025-06-30, last report in progress      → past the deadline by
 *                            Jul 31 + Aug 31 + Sep 30 + Oct 31 + Nov 30 + Dec 31 + Jan 31 + Feb 28 + 13 = 256 days
 *   x-2025-06-19-11-phase-2  due 2025-12-31, no report                    → past the deadline by 72 days
 *   → 3 led, 0 received, 2 past the deadline, 1 with neither; 2 deadlines tested, both missed:
 *     fewer than 5, so "2 of 2 tested deadlines missed" and no percentage.
 *   It coordinates s57-2025-05-29-04 (led by the Ministry of Science and Technology).
 * Tasks led by "ministry-science-technology":
 *   s57-2025-05-29-02  no deadline, no report            → no deadline and no report
 *   s57-2025-05-29-04  no deadline, reported in progress → in progress, no deadline
 *   → 2 led, 1 of each; nothing tested → "not yet measurable". Parent: government.
 * Worst first: ministries-sectors-localities and provincial-peoples-committees have 2 past the
 * deadline each (the first leads 3 tasks, the second 2), then ministry-public-security (1 past, leads
 * 2) and units-and-localities (1 past, leads 1).
 * "party-central-office" leads s57-2025-05-29-08, reported completed, no deadline → 1 done, no rate.
 * 17 bodies lead a task; 4 more only coordinate (education, foreign affairs, the advisory
 * council, the steering committee's working group): 21 rows. No task has been transferred.
 *
 * Digital economy: 12.87 % (2021) and 14.02 % (2025) against ≥ 30 % by 2030: gap 30 − 14.02 = 15.98,
 * 15.98 ÷ (30 − 12.87) = 93 % of the gap left; trend 14.02 + 1.15 × 1826 ÷ 1461 = 15.46 < 30 → off track.
 * Budget share: four comparable figures (2021–2024) and a 2025 budgeted figure that is not comparable.
 */
import { expect, test, type Page } from '@playwright/test';
import { watchConsole } from './console.ts';

const row = (page: Page, body: string) => page.locator(`table.body-table tr[data-body="${body}"]`);

test.describe('responsibility page', () => {
  for (const [locale, rateNone, twoOfTwo] of [
    ['vi', 'chưa thể tính', 'lỡ 2/2 thời hạn đã đến lúc đánh giá'],
    ['en', 'not yet measurable', '2 of 2 tested deadlines missed'],
  ] as const) {
    test(`gives each body its hand-counted record (${locale})`, async ({ page }) => {
      const console = watchConsole(page);
      await page.goto(`/${locale}/responsibility/`);
      await expect(page.locator('table.body-table tbody tr')).toHaveCount(21);
      const msl = row(page, 'ministries-sectors-localities');
      const expected = {
        leads: '3',
        received: '0',
        'on-time': '0',
        late: '0',
        'past-deadline': '2',
        'in-progress': '0',
        'not-yet-due': '0',
        'no-deadline': '0',
        'no-deadline-no-report': '1',
        rate: twoOfTwo,
      };
      for (const [col, value] of Object.entries(expected)) await expect(msl.locator(`[data-col="${col}"]`), col).toHaveText(value);
      const most = row(page, 'ministry-science-technology');
      await expect(most.locator('[data-col="leads"]')).toHaveText('2');
      await expect(most.locator('[data-col="no-deadline"]')).toHaveText('1');
      await expect(most.locator('[data-col="no-deadline-no-report"]')).toHaveText('1');
      await expect(most.locator('[data-col="rate"]')).toHaveText(rateNone);
      await expect(row(page, 'party-central-office').locator('[data-col="completed"]')).toHaveText('1');
      await expect(row(page, 'party-central-office').locator('[data-col="rate"]')).toHaveText(rateNone);
      const order = await page
        .locator('table.body-table tbody tr')
        .evaluateAll((trs) => trs.slice(0, 4).map((tr) => tr.getAttribute('data-body')));
      expect(order).toEqual([
        'ministries-sectors-localities',
        'provincial-peoples-committees',
        'ministry-public-security',
        'units-and-localities',
      ]);
      expect(console).toEqual([]);
    });
  }

  test('sorts the bodies by a column when its header is pressed', async ({ page }) => {
    const console = watchConsole(page);
    await page.goto('/en/responsibility/');
    const leads = page.locator('table.body-table thead th', { hasText: 'Leads' }).getByRole('button');
    await leads.click();
    await leads.click();
    await expect(page.locator('table.body-table thead th', { hasText: 'Leads' })).toHaveAttribute('aria-sort', 'descending');
    await expect(page.locator('table.body-table tbody tr').first()).toHaveAttribute('data-body', 'ministries-sectors-localities');
    expect(console).toEqual([]);
  });
});

test.describe('body page', () => {
  test('shows the record and tasks of ministries, sectors and localities in Vietnamese', async ({ page }) => {
    const console = watchConsole(page);
    await page.goto('/vi/bodies/ministries-sectors-localities/');
    await expect(page.locator('h1')).toHaveText('Các bộ, ngành, địa phương');
    const record = page.locator('.record');
    await expect(record.locator('[data-col="leads"]')).toHaveText('3');
    await expect(record.locator('[data-col="received"]')).toHaveText('0');
    await expect(record.locator('[data-col="status-past_deadline"]')).toHaveText('2');
    await expect(record.locator('[data-col="status-no_deadline_no_report"]')).toHaveText('1');
    await expect(record.locator('[data-col="rate"]')).toHaveText('lỡ 2/2 thời hạn đã đến lúc đánh giá');
    const led = page.locator('.task-list').first().locator('> li');
    await expect(led).toHaveCount(3);
    await expect(led.filter({ hasText: 'Đã quá hạn 256 ngày' })).toHaveCount(1);
    await expect(led.filter({ hasText: 'Đã quá hạn 72 ngày' })).toContainText('chưa có báo cáo nào');
    // Its coordinated task is listed apart, outside its counts.
    await expect(page.locator('.task-list').nth(1).locator('> li')).toHaveCount(1);
    expect(console).toEqual([]);
  });

  test('names the kind, parent and accountable leader of the Ministry of Science and Technology in English', async ({ page }) => {
    const console = watchConsole(page);
    await page.goto('/en/bodies/ministry-science-technology/');
    await expect(page.locator('dl.facts')).toContainText('Ministry');
    await expect(page.locator('dl.facts a[href="/en/bodies/government/"]')).toHaveCount(1);
    await expect(page.locator('dl.facts')).toContainText('Minister, Ministry of Science and Technology');
    await expect(page.locator('.record [data-col="leads"]')).toHaveText('2');
    await expect(page.locator('.record [data-col="status-in_progress_no_deadline"]')).toHaveText('1');
    await expect(page.locator('.record [data-col="rate"]')).toHaveText('not yet measurable');
    // Every task on the sheet carries at least its assigning source as evidence.
    const tasks = page.locator('.task-list > li');
    for (const task of await tasks.all()) await expect(task.locator('.evidence a').first()).toBeVisible();
    expect(console).toEqual([]);
  });

  test('prints as a review sheet: the body, its tasks and statuses, the data date, no navigation', async ({ page }) => {
    const console = watchConsole(page);
    await page.goto('/en/bodies/ministries-sectors-localities/');
    await expect(page.getByRole('button', { name: 'Print this review sheet' })).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('header nav')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Print this review sheet' })).toBeHidden();
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.locator('.task-list .chip[data-status="past_deadline"]').first()).toBeVisible();
    await expect(page.locator('.sheet-date')).toHaveText('Data as of 13 March 2026');
    expect(console).toEqual([]);
  });

  test('fits a 360 px phone screen without sideways scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto('/vi/bodies/ministries-sectors-localities/');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(360);
  });
});

test.describe('results page', () => {
  for (const [locale, latest, target, gap, share, verdict] of [
    ['vi', '14,02% GDP', '≥ 30% GDP vào năm 2030', '15,98 điểm phần trăm', 'Còn 93% khoảng cách so với 2021', 'Chậm tiến độ'],
    ['en', '14.02% of GDP', '≥ 30% of GDP by 2030', '15.98 percentage points', '93% of the gap since 2021 is still to close', 'Off track'],
  ] as const) {
    test(`shows the digital economy at 14.02 % against the ≥ 30 % target (${locale})`, async ({ page }) => {
      const console = watchConsole(page);
      await page.goto(`/${locale}/results/`);
      await expect(page.locator('table.results-table tbody tr')).toHaveCount(19);
      const digital = page.locator('tr[data-indicator="digital-economy-share-gdp"]');
      await expect(digital.locator('[data-col="latest"]')).toContainText(latest);
      await expect(digital.locator('[data-col="target"] strong')).toHaveText(target);
      await expect(digital.locator('[data-col="gap"]')).toHaveText(gap);
      await expect(digital.locator('[data-col="share"]')).toHaveText(share);
      await expect(digital.locator('[data-trajectory="off-track"]')).toContainText(verdict);
      // The summary counts each verdict as often as the table shows it, and links to its list.
      for (const item of await page.locator('.summary-counts li').all()) {
        const verdictCode = (await item.getAttribute('data-verdict'))!;
        const shown = await page.locator(`table.results-table [data-trajectory="${verdictCode}"]`).count();
        await expect(item).toHaveAttribute('data-count', String(shown));
        await expect(page.locator(`#verdict-${verdictCode} + ul > li`)).toHaveCount(shown);
      }
      await expect(page.locator('#verdict-off-track + ul')).toContainText(locale === 'en' ? 'digital economy' : 'kinh tế số', {
        ignoreCase: true,
      });
      expect(console).toEqual([]);
    });
  }

  test('writes each gap in its unit: percentage points for per cent, places for rankings', async ({ page }) => {
    await page.goto('/en/results/');
    // Budget share: 3 % target, 1.97 % latest; the EGDI ranking: 71st (2024) against the top 50.
    await expect(page.locator('tr[data-indicator="budget-share-sti"] [data-col="gap"]')).toHaveText('1.03 percentage points');
    await expect(page.locator('tr[data-indicator="egdi-ranking"] [data-col="gap"]')).toHaveText('21 places'); // 71st in 2024, target top 50
  });

  test('marks a newer figure that measures something different, and does not judge by it', async ({ page }) => {
    await page.goto('/en/results/');
    const budget = page.locator('tr[data-indicator="budget-share-sti"]');
    // Latest comparable: 1.97 % (2024); 2025's 3 % is a budgeted share, not spending.
    await expect(budget.locator('[data-col="latest"]')).toContainText('1.97%');
    await expect(budget.locator('[data-proxy]')).toContainText('Different measure');
    await expect(budget.locator('[data-proxy]')).toContainText('2025');
    await expect(budget.locator('[data-col="gap"]')).toHaveText('1.03 percentage points');
  });
});

test.describe('indicator page', () => {
  test('charts the digital economy against its targets, with a sourced table row per figure', async ({ page }) => {
    const console = watchConsole(page);
    await page.goto('/vi/indicators/digital-economy-share-gdp/');
    const chart = page.locator('svg.indicator-chart');
    await expect(chart).toBeVisible();
    await expect(chart.locator('.point')).toHaveCount(2);
    await expect(chart.locator('.target')).toHaveCount(2);
    await expect(chart.locator('.trend text')).toHaveText('Xu hướng: 15,46 năm 2030');
    const rows = page.locator('.chart-data tbody tr');
    await expect(rows).toHaveCount(2);
    for (const tableRow of await rows.all()) await expect(tableRow.locator('td a[href^="https://"]')).toHaveCount(1);
    expect(console).toEqual([]);
  });

  test('links every figure of the budget share to its source, comparable or not', async ({ page }) => {
    await page.goto('/en/indicators/budget-share-sti/');
    const rows = page.locator('.chart-data tbody tr');
    await expect(rows).toHaveCount(5);
    for (const tableRow of await rows.all()) await expect(tableRow.locator('td a').first()).toHaveAttribute('href', /^https:\/\//);
    // The budgeted 2025 share measures something else: listed, not drawn on the target's axis.
    await expect(page.locator('svg.indicator-chart .point')).toHaveCount(4);
    await expect(page.locator('svg.indicator-chart .point.proxy')).toHaveCount(0);
  });

  test('offers the figures as CSV with a byte-order mark, one row per figure and target', async ({ request }) => {
    const response = await request.get('/en/indicators/digital-economy-share-gdp/observations.csv');
    expect(response.ok()).toBe(true);
    const body = await response.body();
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = body.toString('utf8').slice(1).trim().split('\r\n');
    // Header, 2 observations, 2 targets.
    expect(lines).toHaveLength(5);
    expect(lines[0]).toBe('kind,date,period,value,comparable,text,source');
    expect(lines[2]).toMatch(/^observation,2025-12-31,2025,14\.02,true,/);
  });

  test('shows a legible phone-sized chart at 360 px', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto('/vi/indicators/digital-economy-share-gdp/');
    await expect(page.locator('svg.indicator-chart-narrow')).toBeVisible();
    await expect(page.locator('svg.indicator-chart')).toBeHidden();
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the tables and charts are all in the HTML', async ({ page }) => {
    await page.goto('/vi/responsibility/');
    await expect(page.locator('table.body-table tbody tr')).toHaveCount(21);
    await expect(page.locator('.sort-button')).toHaveCount(0);
    await page.goto('/vi/bodies/ministries-sectors-localities/');
    await expect(page.locator('.record [data-col="leads"]')).toHaveText('3');
    await expect(page.locator('button[data-print]')).toBeHidden();
    await page.goto('/vi/results/');
    await expect(page.locator('table.results-table tbody tr')).toHaveCount(19);
    await page.goto('/vi/indicators/budget-share-sti/');
    await expect(page.locator('svg.indicator-chart .point')).toHaveCount(4);
    await expect(page.locator('.chart-data tbody tr')).toHaveCount(5);
  });
});
