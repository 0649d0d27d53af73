/**
 * Search over an index written in several parts, as at national scale (src/domain/search/parts.ts):
 * the bundled data built again with parts of 40 pages, searched side by side with the one-part
 * site the test run already built. Same counts, same facets, the known answers, and deadline
 * order kept across parts.
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

test('each locale is indexed in several parts, listed for the search page', () => {
  const folders = JSON.parse(readFileSync(join(parted, 'pagefind', 'vi', 'parts.json'), 'utf8')) as string[];
  // 136 Vietnamese pages are indexed; parts of at most 40 make four.
  expect(folders).toEqual(['vi', 'vi-2', 'vi-3', 'vi-4']);
});

// Each part weighs words by its own statistics, so ranks can differ from one index's: with parts
// of 40 pages a word common in one part ("du lieu" among the data tasks) ranks its pages lower
// there. Parts of 6,000 pages drawn across all subjects differ far less. Names rank the same.
for (const [locale, query, best] of [
  ['vi', 'dang uy chinh phu', '/vi/bodies/government-party-committee/'],
  ['vi', 'du lieu', null],
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
