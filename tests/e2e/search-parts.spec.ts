/**
 * Search over an index written in several parts, as at national scale (src/domain/search/parts.ts):
 * the bundled data built again with parts of 120 pages, searched side by side with the one-part
 * site the test run already built. A query the first part answers with a page of results searches
 * it alone and says what it covered; the other tasks are searched on demand, or at once when the
 * first part cannot fill a page; then the counts, facets, known answers and deadline order are
 * those of one index.
 */
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { serve } from '../../src/cli/serve.ts';
import { loadDataset } from '../../src/data/load-dataset.ts';
import { variant } from '../support/variants.ts';
import { watchConsole } from './console.ts';

let parted: string;
let origin: string;
let server: Awaited<ReturnType<typeof serve>>;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  parted = variant('search-parts');
  // Port 0: the OS picks a free one.
  server = await serve(parted, 0);
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(() => {
  server?.close();
});

/** Results as the page shows them: count line, result paths, facet values. */
async function searchOn(page: Page, origin: string, locale: string, query: string, order: 'relevance' | 'deadline' = 'relevance') {
  await page.goto(`${origin}/${locale}/search/?q=${encodeURIComponent(query)}`);
  const status = page.locator('[data-status]');
  await expect(status).not.toHaveText(/^$|…$/);
  if (order === 'deadline') {
    const before = await page.locator('ol[data-results] > li > a').first().getAttribute('href');
    await page.locator('select[name="sort"]').selectOption('deadline');
    await expect.poll(async () => page.locator('ol[data-results] > li > a').first().getAttribute('href')).not.toBe(before);
  }
  const found = {
    status: await status.textContent(),
    urls: await page
      .locator('ol[data-results] > li > a')
      .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname)),
  };
  await page.locator('[data-facets-panel] > summary').click();
  await page.locator('[data-facets] input').first().waitFor();
  return {
    ...found,
    facets: await page
      .locator('[data-facets] input')
      .evaluateAll((boxes) => boxes.map((b) => `${(b as HTMLInputElement).name}:${(b as HTMLInputElement).value}`)),
  };
}

test('each locale is indexed in two parts, listed with what a search of the first covers', () => {
  const parts = (locale: string) => JSON.parse(readFileSync(join(parted, 'pagefind', locale, 'parts.json'), 'utf8'));
  // 143 pages a locale: 113 that are not tasks and 30 tasks. 120 pages leave room for 7 tasks, but
  // the 7th to 9th earliest are all due on 31 March 2026: the cut moves back before them, to the
  // 6 tasks due by 31 January 2026 (Plan 02's two phases, the commune services, the electronic
  // dossiers, s57-2025-10-15-13 and the data centre decree); the other 24 make the second part.
  expect(parts('vi').folders).toEqual(['vi', 'vi-2']);
  expect(parts('en')).toEqual({
    folders: ['en', 'en-2'],
    covered:
      'These results cover every body, source, indicator and page, and the 6 tasks with the earliest deadlines, up to 31 January 2026.',
    searchOthers: 'Search the other 24 tasks too',
  });
});

/** The values of the first facet (kind) with their counts, as the panel shows them. */
async function kindCounts(page: Page): Promise<string[]> {
  return (await page.locator('[data-facets] fieldset').first().locator('label').allTextContents()).map((text) => text.trim());
}

test('a query the first part answers with a page of results searches it alone, says so, and searches the rest on demand', async ({
  page,
}) => {
  const console = watchConsole(page);
  const folders = new Set<string>();
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith('/pagefind/')) folders.add(path.split('/')[2]!);
  });
  await page.goto(`${origin}/en/search/?q=digital`);
  const status = page.locator('[data-status]');
  const scope = page.locator('[data-scope]');
  // On one index "digital" finds 38 records: 5 bodies, 6 indicators, 5 pages, 11 sources and
  // 11 tasks. Of those tasks the first part holds 2, Plan 02's phases (theme "Digital
  // transformation"): 29 results, every record that is not a task among them.
  await expect(status).toHaveText('Showing 10 of 29 results');
  await expect(scope).toBeVisible();
  await expect(scope.locator('[data-covered]')).toHaveText(
    'These results cover every body, source, indicator and page, and the 6 tasks with the earliest deadlines, up to 31 January 2026.',
  );
  const others = scope.getByRole('link', { name: 'Search the other 24 tasks too' });
  await expect(others).toHaveAttribute('href', /[?&]scope=all(&|$)/);
  await page.locator('[data-facets-panel] > summary').click();
  await expect(page.locator('[data-facets] input').first()).toBeVisible();
  expect(await kindCounts(page)).toEqual(['Body (5)', 'Indicator (6)', 'Page (5)', 'Source (11)', 'Task (2)']);
  // Nothing of the second part was downloaded.
  expect([...folders]).toEqual(['en']);

  await others.click();
  await expect(page).toHaveURL(/[?&]scope=all(&|$)/);
  await expect(status).toHaveText('Showing 10 of 38 results');
  await expect(scope).toBeHidden();
  expect(await kindCounts(page)).toEqual(['Body (5)', 'Indicator (6)', 'Page (5)', 'Source (11)', 'Task (11)']);
  expect(folders.has('en-2')).toBe(true);

  // Back returns to the search of the first part, as the URL says.
  await page.goBack();
  await expect(status).toHaveText('Showing 10 of 29 results');
  await expect(scope).toBeVisible();
  expect(console).toEqual([]);
});

// Queries the first part cannot answer with a page of results (fewer than 10) search every part
// at once. Each part weighs words by its own statistics, so ranks can differ from one index's;
// names rank the same.
for (const [locale, query, best] of [
  ['vi', 'dang uy chinh phu', '/vi/bodies/government-party-committee/'],
  ['vi', 'du lieu quoc gia', null],
  ['en', 'Government Party Committee', '/en/bodies/government-party-committee/'],
] as const) {
  test(`${locale} "${query}": the same count and facets as one index${best ? `, ${best} in the top 3` : ''}`, async ({ page, baseURL }) => {
    const console = watchConsole(page);
    const whole = await searchOn(page, baseURL!, locale, query);
    const inParts = await searchOn(page, origin, locale, query);
    expect(inParts.status).toBe(whole.status);
    expect(inParts.facets).toEqual(whole.facets);
    if (best) expect(inParts.urls.slice(0, 3)).toContain(best);
    expect(console).toEqual([]);
  });
}

test('deadline order holds across parts: the same deadlines, earliest first, as one index', async ({ page, baseURL }) => {
  const data = loadDataset(process.cwd(), process.env['CK57_CONTENT'] ?? 'content');
  const deadlineOf = (url: string) => data.taskView(url.split('/')[3] ?? '')?.status.deadline ?? 'none';
  const whole = await searchOn(page, baseURL!, 'en', 'plan', 'deadline');
  const inParts = await searchOn(page, origin, 'en', 'plan', 'deadline');
  const deadlines = inParts.urls.map(deadlineOf);
  // "plan" opens a word in the own fields of 8 English records (5 tasks, Plans 01 and 02 and a report
  // on Plan 02) and in the 15 October 2025 meeting's page, which cites Plan 02: 9.
  expect(deadlines.length).toBe(9);
  expect(deadlines).toEqual([...deadlines].sort());
  expect(deadlines).toEqual(whole.urls.map(deadlineOf));
  // Plan 02 phase 1 is due on 2025-06-30, the earliest deadline in the data.
  expect(inParts.urls[0]).toBe('/en/tasks/x-2025-06-19-11-phase-1/');
});
