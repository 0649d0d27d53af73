/**
 * Search on the built site: each locale finds a record whose answer we know, Vietnamese typed
 * without tone marks finds what the accented words find, facets narrow, and locales stay apart.
 */
import { expect, test, type Page } from '@playwright/test';
import { watchConsole } from './console.ts';
import { countSearchDownloads } from '../../src/cli/bench/query-download.ts';

async function search(page: Page, locale: string, query: string): Promise<string[]> {
  await page.goto(`/${locale}/search/?q=${encodeURIComponent(query)}`);
  await expect(page.locator('[data-status]')).not.toHaveText(/^$|…$/);
  return page.locator('ol[data-results] > li > a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

const BEST: [string, string, string][] = [
  ['vi', 'Đảng ủy Chính phủ', '/vi/bodies/government-party-committee/'],
  ['en', 'Government Party Committee', '/en/bodies/government-party-committee/'],
  ['fr', 'Comité du Parti du gouvernement', '/fr/bodies/government-party-committee/'],
  ['ru', 'Партийный комитет правительства', '/ru/bodies/government-party-committee/'],
  ['uk', 'Партійний комітет уряду', '/uk/bodies/government-party-committee/'],
  ['nl', 'Partijcomité van de regering', '/nl/bodies/government-party-committee/'],
  ['id', 'Komite Partai Pemerintah', '/id/bodies/government-party-committee/'],
];

for (const [locale, query, best] of BEST) {
  test(`${locale}: "${query}" puts ${best} in the top 3`, async ({ page }) => {
    const console = watchConsole(page);
    const urls = await search(page, locale, query);
    expect(urls.slice(0, 3)).toContain(best);
    expect(urls.every((url) => url.startsWith(`/${locale}/`))).toBe(true);
    expect(console).toEqual([]);
  });
}

const UNACCENTED: [string, string, string][] = [
  ['nghi quyet', 'Nghị quyết', '/vi/sources/resolution-57-nq-tw/'],
  ['bo khoa hoc va cong nghe', 'Bộ Khoa học và Công nghệ', '/vi/bodies/ministry-science-technology/'],
  ['chuyen doi so', 'chuyển đổi số', '/vi/sources/decision-204-qd-tw/'],
  ['doi moi', 'đổi mới', '/vi/indicators/innovation-dx-ranking/'],
  ['dang uy', 'Đảng ủy', '/vi/bodies/government-party-committee/'],
  ['du lieu', 'dữ liệu', '/vi/tasks/x-2025-12-18-13-data-center-decree/'],
];

for (const [plain, accented, expected] of UNACCENTED) {
  test(`"${plain}" finds the same records as "${accented}"`, async ({ page }) => {
    const withMarks = await search(page, 'vi', accented);
    const without = await search(page, 'vi', plain);
    expect(withMarks.length).toBeGreaterThan(0);
    expect(without).toEqual(withMarks);
    expect(without).toContain(expected);
  });
}

const total = async (page: Page) => Number((await page.locator('[data-status]').textContent())?.match(/\d+/)?.[0] ?? 0);

test('a facet narrows the results to tasks only', async ({ page }) => {
  await search(page, 'vi', 'nhiệm vụ');
  const all = await total(page);
  // The filter lists load when opened, not with every query.
  await page.getByText('Lọc kết quả', { exact: true }).click();
  await page.getByRole('checkbox', { name: 'Nhiệm vụ' }).check();
  await expect.poll(async () => total(page)).toBeLessThan(all);
  // The count is announced before the result list is redrawn: wait for the list itself.
  const shown = () => page.locator('ol[data-results] > li > a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
  await expect.poll(async () => (await shown()).every((url) => url.startsWith('/vi/tasks/'))).toBe(true);
  expect((await shown()).length).toBeGreaterThan(0);
});

test('sorting by deadline puts the earliest deadline first', async ({ page }) => {
  await search(page, 'en', 'plan');
  await page.getByLabel('Order').selectOption('deadline');
  // Plan 02 phase 1 is due on 2025-06-30, the earliest deadline in the data.
  await expect(page.locator('ol[data-results] > li > a').first()).toHaveAttribute('href', '/en/tasks/x-2025-06-19-11-phase-1/');
});

test('the header search box leads to the search page with the query', async ({ page }) => {
  await page.goto('/vi/progress/');
  await page.getByRole('searchbox', { name: 'Tìm trong cổng thông tin' }).first().fill('du lieu');
  await page.getByRole('searchbox', { name: 'Tìm trong cổng thông tin' }).first().press('Enter');
  await expect(page).toHaveURL(/\/vi\/search\/\?q=du\+lieu/);
  await expect(page.locator('ol[data-results] > li').first()).toBeVisible();
});

test('one query downloads little: measured and reported', async ({ page }) => {
  // Counted as the benchmark counts it: JavaScript gzipped as a reader's phone receives it.
  const downloaded = countSearchDownloads(page);
  await search(page, 'vi', 'chuyen doi so');
  await page.waitForLoadState('networkidle');
  const bytes = await downloaded();
  console.log(`one query (vi, "chuyen doi so") downloads ${(bytes / 1000).toFixed(1)} kB from /pagefind/`);
  expect(bytes).toBeLessThan(150_000);
});
