/**
 * The relevance test set (tests/fixtures/search-relevance.json) through the search page as a
 * reader uses it: each query typed into the page of its language, its top 3 results compared
 * with the records a reader means. Prints precision at 3 and fails below 0.9.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

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
  const paths = await page.locator('ol[data-results] > li > a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  return paths.slice(0, count).map((path) => path.replace(`/${locale}/`, '').replace(/\/$/, ''));
}

/** Expected records among the top 3, out of 3 (or out of the expected count, when fewer). */
export function precisionAt3(top: string[], expected: string[]): number {
  return top.filter((path) => expected.includes(path)).length / Math.min(3, expected.length);
}

test('the relevance test set: precision at 3 is at least 0.9', async ({ page }) => {
  test.setTimeout(180_000);
  expect(RELEVANCE.length).toBeGreaterThanOrEqual(40);
  const scores: number[] = [];
  const misses: string[] = [];
  for (const { locale, query, expected } of RELEVANCE) {
    const top = await topResults(page, locale, query);
    const score = precisionAt3(top, expected);
    scores.push(score);
    if (score < 1) misses.push(`  ${locale} "${query}": ${score.toFixed(2)} — top 3 ${JSON.stringify(top)}`);
  }
  const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
  console.log(`search relevance: precision at 3 = ${mean.toFixed(3)} over ${scores.length} queries (vi, en, fr)${misses.length ? `; below 1:\n${misses.join('\n')}` : ''}`);
  expect(mean).toBeGreaterThanOrEqual(0.9);
});
