/**
 * The relevance test set (tests/fixtures/search-relevance.json) through the search page as a
 * reader uses it: each query typed into the page of its language, its top 3 results compared
 * with the records a reader means. Prints precision at 3 and fails below 0.9.
 */
import { expect, test } from '@playwright/test';
import { precisionAt3, RELEVANCE, topResults } from '../support/search-relevance.ts';

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
  console.log(
    `search relevance: precision at 3 = ${mean.toFixed(3)} over ${scores.length} queries (vi, en, fr)${misses.length ? `; below 1:\n${misses.join('\n')}` : ''}`,
  );
  expect(mean).toBeGreaterThanOrEqual(0.9);
});
