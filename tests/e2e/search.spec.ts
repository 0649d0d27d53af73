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

/**
 * Every result of a search, as a reader gets them: the count line, then "show more" until every
 * result is listed. Checks on the way that the count line is honest and the button says how many it adds.
 */
async function everyResult(page: Page, locale: string, query: string, filters = ''): Promise<string[]> {
  await page.goto(`/${locale}/search/?q=${encodeURIComponent(query)}${filters}`);
  const status = page.locator('[data-status]');
  await expect(status).not.toHaveText(/^$|…$/);
  const links = page.locator('ol[data-results] > li > a');
  const more = page.locator('button[data-more]');
  const found = await total(page);
  for (let shown = Math.min(10, found); ; shown = Math.min(shown + 10, found)) {
    await expect(links).toHaveCount(shown);
    if (shown === found) break;
    await expect(status).toHaveText(new RegExp(`\\b${shown}\\b.*\\b${found}\\b`));
    await more.click();
  }
  await expect(more).toBeHidden();
  return links.evaluateAll((all) => all.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

test('a search says how many results it shows of how many it found, and "show more" lists the next ten until all are shown', async ({
  page,
}) => {
  const console = watchConsole(page);
  await page.goto('/vi/search/?q=chuyen%20doi%20so');
  const status = page.locator('[data-status]');
  await expect(status).toHaveText(/^Đang hiện 10 trong \d+ kết quả$/);
  const found = await total(page);
  // More than two pages of results: every record that speaks of digital transformation.
  expect(found).toBeGreaterThan(20);
  const more = page.getByRole('button', { name: 'Xem thêm 10 kết quả' });
  await more.click();
  await expect(page.locator('ol[data-results] > li')).toHaveCount(20);
  await expect(status).toHaveText(`Đang hiện 20 trong ${found} kết quả`);
  // The keyboard focus moves to the first result added, so a keyboard or screen reader user goes on reading there.
  await expect(page.locator('ol[data-results] > li').nth(10).locator('a')).toBeFocused();
  // Ten at a time; the last press adds what is left, and says how many.
  for (let shown = 20; shown < found; shown += 10) {
    await expect(page.locator('button[data-more]')).toHaveText(`Xem thêm ${Math.min(10, found - shown)} kết quả`);
    await page.locator('button[data-more]').click();
  }
  await expect(page.locator('ol[data-results] > li')).toHaveCount(found);
  const urls = await page.locator('ol[data-results] > li > a').evaluateAll((all) => all.map((a) => (a as HTMLAnchorElement).pathname));
  expect(new Set(urls).size).toBe(found);
  await expect(status).toHaveText(`${found} kết quả`);
  await expect(more).toBeHidden();
  // In Russian the count line takes the genitive after "из".
  await page.goto('/ru/search/?q=%D1%86%D0%B8%D1%84%D1%80%D0%BE%D0%B2%D0%B0%D1%8F');
  await expect(page.locator('[data-status]')).toHaveText(/^Показано 10 из \d+ результат(а|ов)$/);
  await expect(page.locator('button[data-more]')).toHaveText(/^Показать ещё \d+ результат(а|ов)?$/);
  expect(console).toEqual([]);
});

/**
 * Pairs of real queries from the fixture's records, typed with their marks and without: the search
 * without marks finds every record the search with marks finds (and may find more, "dung han" also
 * finding "dừng"). Đ typed as d included.
 */
const MARKED_AND_PLAIN: [string, string][] = [
  ['chuyển đổi số', 'chuyen doi so'],
  ['nghị quyết', 'nghi quyet'],
  ['khoa học', 'khoa hoc'],
  ['đổi mới sáng tạo', 'doi moi sang tao'],
  ['dữ liệu', 'du lieu'],
  ['Đảng ủy', 'dang uy'],
  ['công nghệ', 'cong nghe'],
  ['quá hạn', 'qua han'],
  ['giám sát', 'giam sat'],
  ['trung tâm dữ liệu quốc gia', 'trung tam du lieu quoc gia'],
  ['điện tử', 'dien tu'],
  ['đề án', 'de an'],
  ['đúng hạn', 'dung han'],
  ['Bộ Khoa học và Công nghệ', 'bo khoa hoc va cong nghe'],
];

test(`each of ${MARKED_AND_PLAIN.length} Vietnamese queries typed without marks finds every record the query with marks finds`, async ({
  page,
}) => {
  test.setTimeout(120_000);
  for (const [marked, plain] of MARKED_AND_PLAIN) {
    const withMarks = await everyResult(page, 'vi', marked);
    const without = await everyResult(page, 'vi', plain);
    expect(withMarks.length, marked).toBeGreaterThan(0);
    expect(
      withMarks.filter((url) => !without.includes(url)),
      `"${plain}" misses what "${marked}" finds`,
    ).toEqual([]);
  }
});

test('the meeting filter keeps the tasks a meeting assigned, the deadline filter those due in a month, both kept in the URL', async ({
  page,
}) => {
  // Every task's status line holds "hạn" (a deadline, or none). Counted by hand in the fixture:
  // the meeting of 15 October 2025 assigned s57-2025-10-15-01 to -13 (none through its reports).
  const meeting = await everyResult(page, 'vi', 'hạn', '&kind=Nhi%E1%BB%87m+v%E1%BB%A5&meeting=2025-10-15');
  expect(meeting.sort()).toEqual(Array.from({ length: 13 }, (_, i) => `/vi/tasks/s57-2025-10-15-${String(i + 1).padStart(2, '0')}/`));
  // The filter shows the meeting as a date in the reader's language, ticked.
  await expect(page.getByRole('checkbox', { name: /^15 tháng 10, 2025 \(13\)$/ })).toBeChecked();

  // Three tasks are due in March 2026, all on the 31st: s57-2025-10-15-08, the innovation centre decree and x-2026-02-25-14.
  // A filter in the link opens the filter lists.
  await page.goto('/vi/search/?q=h%E1%BA%A1n&kind=Nhi%E1%BB%87m+v%E1%BB%A5');
  const march = page.getByRole('checkbox', { name: /^tháng 3 năm 2026 \(3\)$/ });
  await expect(march).toBeVisible();
  // Months are listed in time order, tasks without a deadline last.
  const months = await page.locator('[data-facets] input[name="due"]').evaluateAll((all) => all.map((b) => (b as HTMLInputElement).value));
  expect(months.length).toBeGreaterThan(3);
  expect(months.at(-1)).toBe('none');
  expect(months.slice(0, -1)).toEqual([...months.slice(0, -1)].sort());
  await march.check();
  await expect(page).toHaveURL(/[?&]due=2026-03(&|$)/);
  await expect.poll(async () => total(page)).toBe(3);
  const due = await page.locator('ol[data-results] > li > a').evaluateAll((all) => all.map((a) => (a as HTMLAnchorElement).pathname));
  expect(due.sort()).toEqual([
    '/vi/tasks/s57-2025-10-15-08/',
    '/vi/tasks/x-2025-12-18-13-innovation-center-decree/',
    '/vi/tasks/x-2026-02-25-14/',
  ]);
});

const MONITORS: [string, string][] = [
  ['vi', 'giám sát'],
  ['vi', 'giam sat'],
  ['en', 'monitor'],
  ['fr', 'observateurs'],
  ['ru', 'наблюдатели'],
  ['uk', 'спостерігачі'],
  ['nl', 'toezichthouders'],
  ['id', 'pemantau'],
];

for (const [locale, query] of MONITORS) {
  test(`${locale}: "${query}" finds the monitors' page`, async ({ page }) => {
    expect(await search(page, locale, query)).toContain(`/${locale}/monitors/`);
  });
}

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

test('Vietnamese typed without marks on another language’s page points to the Vietnamese search, which finds far more', async ({
  page,
}) => {
  // On the English page "chuyen doi so" finds one record (a meeting page quoting Vietnamese words).
  const english = await search(page, 'en', 'chuyen doi so');
  expect(english.length).toBeLessThan(10);
  const link = page.locator('[data-other-language] a');
  await expect(link).toHaveAttribute('href', '/vi/search/?q=chuyen%20doi%20so');
  await link.click();
  await expect(page.locator('[data-status]')).toHaveText(/^Đang hiện 10 trong \d+ kết quả$/);
  // An English query the English page answers gets no such hint.
  await search(page, 'en', 'Government Party Committee');
  await page.waitForLoadState('networkidle');
  await expect(page.locator('[data-other-language]')).toBeEmpty();
});

/** The number of results found: the last number of the count line ("Showing 10 of 33 results" → 33). */
const total = async (page: Page) => Number((await page.locator('[data-status]').textContent())?.match(/\d+/g)?.at(-1) ?? 0);

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
