/**
 * Search on the built site: each locale finds a record whose answer we know, Vietnamese typed
 * with or without tone marks finds it (exact spellings first when typed with marks), chrome never
 * matches, snippets keep their marks, facets are counted and kept in the URL, another language is
 * suggested when this one cannot answer, and locales stay apart. Ranking as a whole is measured
 * on the relevance test set (search-relevance.spec.ts).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { watchConsole } from './console.ts';
import { countSearchDownloads } from '../../src/cli/bench/query-download.ts';

async function search(page: Page, locale: string, query: string): Promise<string[]> {
  await page.goto(`/${locale}/search/?q=${encodeURIComponent(query)}`);
  await expect(page.locator('[data-status]')).not.toHaveText(/^$|…$/);
  return page
    .locator('ol[data-results] > li > a')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
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
  ['chuyen doi so', 'chuyển đổi số', '/vi/sources/plan-02-kh-bcdtw/'],
  ['doi moi', 'đổi mới', '/vi/indicators/innovation-dx-ranking/'],
  ['dang uy', 'Đảng ủy', '/vi/bodies/government-party-committee/'],
  ['du lieu', 'dữ liệu', '/vi/tasks/x-2025-12-18-13-data-center-decree/'],
];

for (const [plain, accented, expected] of UNACCENTED) {
  test(`"${plain}" and "${accented}" both find ${expected}`, async ({ page }) => {
    expect(await search(page, 'vi', accented)).toContain(expected);
    expect(await search(page, 'vi', plain)).toContain(expected);
  });
}

test('a word typed with its tone marks finds that spelling first, other spellings after it', async ({ page }) => {
  // "tỉnh" (province) heads every province's name; "tính" (to count) is in a few records' text.
  // Typed with its marks, each finds its own spelling first, though "Tỉnh" sits in titles.
  const provinces = await search(page, 'vi', 'tỉnh');
  expect(provinces.slice(0, 5).every((url) => url.startsWith('/vi/bodies/'))).toBe(true);
  const counted = await search(page, 'vi', 'tính');
  expect(counted[0]).not.toMatch(/^\/vi\/bodies\//);
  expect(counted).toEqual(expect.arrayContaining(provinces.slice(0, 3)));
  // Typed without marks, all spellings count alike: the titles win.
  expect((await search(page, 'vi', 'tinh')).slice(0, 3)).toEqual(provinces.slice(0, 3));
});

test('table labels and counts never match: "past deadline" finds the six tasks past their deadline, not the bodies whose tables have a "Past deadline" column', async ({
  page,
}) => {
  // Counted by hand on the fixture at 13 March 2026: the six tasks whose deadline passed with no completion reported.
  const urls = await search(page, 'en', 'past deadline');
  expect(urls.slice(0, 6).sort()).toEqual(
    [
      '/en/tasks/s57-2025-10-15-13/',
      '/en/tasks/x-2025-06-19-11-phase-1/',
      '/en/tasks/x-2025-06-19-11-phase-2/',
      '/en/tasks/x-2025-08-08-12-commune-services/',
      '/en/tasks/x-2025-08-08-12-electronic-dossiers/',
      '/en/tasks/x-2025-12-18-13-data-center-decree/',
    ].sort(),
  );
  expect(urls.filter((url) => url.startsWith('/en/bodies/'))).toEqual([]);
});

test("a snippet shows the record's own words with their marks, the matched ones highlighted, from a word boundary", async ({ page }) => {
  await search(page, 'vi', 'trung tam du lieu quoc gia');
  const first = page.locator('ol[data-results] > li').first();
  await expect(first.locator('a')).toHaveAttribute('href', '/vi/tasks/x-2025-12-18-13-data-center-decree/');
  const marks = await first.locator('p mark').allTextContents();
  expect(marks.join(' ')).toContain('Trung tâm Dữ liệu quốc gia');
  const text = (await first.locator('p').textContent()) ?? '';
  // The snippet is the record's text from its start, or from a whole word after an ellipsis.
  expect(text.startsWith('Trình Nghị định') || text.startsWith('… ')).toBe(true);
  expect(text).not.toMatch(/⁂|Dữ liệu.*Dữ liệu.*Dữ liệu.*Dữ liệu/);
});

test('a query this language cannot answer points to the language that can', async ({ page }) => {
  // No Vietnamese page holds these English words (the meetings' pages cite English titles with "digital transformation").
  await search(page, 'vi', 'public services');
  const link = page.locator('[data-other-language] a');
  await expect(link).toHaveAttribute('href', '/en/search/?q=public%20services');
  await link.click();
  await expect(page.locator('ol[data-results] > li > a').first()).toHaveAttribute('href', /^\/en\//);
  // A query this language answers gets no such hint.
  await search(page, 'vi', 'chuyển đổi số');
  await expect(page.locator('[data-other-language]')).toBeEmpty();
});

const total = async (page: Page) => Number((await page.locator('[data-status]').textContent())?.match(/\d+/)?.[0] ?? 0);

test('facets are counted for the query, values with no result are left out, and the choice is kept in the URL', async ({ page }) => {
  await search(page, 'vi', 'nhiệm vụ');
  const all = await total(page);
  // The filter lists load when opened, not with every query.
  await page.getByText('Lọc kết quả', { exact: true }).click();
  const tasks = page.getByRole('checkbox', { name: /^Nhiệm vụ \(\d+\)$/ });
  await expect(tasks).toBeVisible();
  const counted = Number((await tasks.locator('xpath=..').textContent())?.match(/\((\d+)\)/)?.[1]);
  // Every count shown is at least 1: values this query cannot reach are not offered.
  const counts = await page.locator('[data-facets] label').allTextContents();
  expect(counts.length).toBeGreaterThan(0);
  expect(counts.every((label) => Number(label.match(/\((\d+)\)/)?.[1]) > 0)).toBe(true);
  await tasks.check();
  await expect(page).toHaveURL(/[?&]kind=Nhi%E1%BB%87m\+v%E1%BB%A5/);
  await expect.poll(async () => total(page)).toBe(counted);
  expect(counted).toBeLessThan(all);
  // The count is announced before the result list is redrawn: wait for the list itself.
  const shown = () => page.locator('ol[data-results] > li > a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
  await expect.poll(async () => (await shown()).every((url) => url.startsWith('/vi/tasks/'))).toBe(true);
  // The link, opened anew, shows the same search with the filter ticked; Back undoes the filter.
  await page.reload();
  await expect(page.getByRole('checkbox', { name: /^Nhiệm vụ \(\d+\)$/ })).toBeChecked();
  await expect.poll(async () => total(page)).toBe(counted);
  await page.goBack();
  await expect.poll(async () => total(page)).toBe(all);
});

test('on a phone the filters fold behind one button above the results', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await search(page, 'vi', 'nhiệm vụ');
  const panel = page.locator('[data-facets-panel]');
  await expect(panel).not.toHaveAttribute('open', '');
  const button = await panel.locator('summary').boundingBox();
  const first = await page.locator('ol[data-results] > li').first().boundingBox();
  expect(button!.y).toBeLessThan(first!.y);
  // The first result is within the first screen.
  expect(first!.y).toBeLessThan(740);
});

test('the search page with results, counted facets and a language hint has no axe violation, light or dark', async ({ page }) => {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await search(page, 'vi', 'chuyển đổi số');
    await page.getByText('Lọc kết quả', { exact: true }).click();
    await expect(page.locator('[data-facets] input').first()).toBeVisible();
    const withFacets = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(withFacets.violations.map((v) => `${scheme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await search(page, 'vi', 'public services');
    await expect(page.locator('[data-other-language] a')).toBeVisible();
    const withHint = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(withHint.violations.map((v) => `${scheme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
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
