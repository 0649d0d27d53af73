/** The relevance test set (tests/fixtures/search-relevance.json) and how a browser test scores a query against it. */
import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';

interface RelevanceQuery {
  locale: string;
  query: string;
  means: string;
  expected: string[];
}

export const RELEVANCE: RelevanceQuery[] = JSON.parse(readFileSync('tests/fixtures/search-relevance.json', 'utf8')).queries;

/** The top results' paths, relative to the locale ("tasks/x"), as the search page lists them. */
export async function topResults(page: Page, locale: string, query: string, count = 3): Promise<string[]> {
  await page.goto(`/${locale}/search/?q=${encodeURIComponent(query)}`);
  await expect(page.locator('[data-status]')).not.toHaveText(/^$|…$/);
  const paths = await page
    .locator('ol[data-results] > li > a')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  return paths.slice(0, count).map((path) => path.replace(`/${locale}/`, '').replace(/\/$/, ''));
}

/** Expected records among the top 3, out of 3 (or out of the expected count, when fewer). */
export function precisionAt3(top: string[], expected: string[]): number {
  return top.filter((path) => expected.includes(path)).length / Math.min(3, expected.length);
}
