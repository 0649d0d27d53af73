/**
 * What a reader on a cheap phone downloads, per page type, on the bundled data: a regression in
 * page weight fails CI. The same measurement as `npm run bench` (src/cli/bench/page-weights.ts):
 * gzip sizes of the HTML, of the stylesheets a page links, and of the scripts it loads before
 * search is opened. The national-scale figures are in the README, from the benchmark.
 */
import { expect, test } from '@playwright/test';
import { measurePageWeights } from '../../src/cli/bench/page-weights.ts';
import { distDir } from '../support/built-site.ts';
import { htmlBudgetKb } from '../../src/domain/routes.ts';

/** A kilobyte as the budgets mean it: 1,000 bytes. */
const kB = 1000;
// The task page's budget is declared with its route (src/domain/routes.ts), as every page type's.
const BUDGET = { taskHtml: (htmlBudgetKb('tasks/*') ?? 0) * kB, css: 15 * kB, js: 20 * kB };
/**
 * No HTML page over 40 kB gzipped, at any scale: listings are cut into groups and pages of at most
 * ROWS_PER_PAGE rows (src/domain/listing/pager.ts), so their weight no longer grows with the data.
 */
const ANY_PAGE_HTML = 40 * kB;
// Every page is measured here (sample size larger than any page type on the bundled data).
const weights = measurePageWeights(distDir, 100_000);

test('every page type is measured', () => {
  expect(weights.map((w) => w.type)).toEqual(
    expect.arrayContaining(['home', 'progress', 'tasks/*', 'bodies/*', 'indicators/*', 'sources/*', 'search']),
  );
});

test(`a task page is at most ${BUDGET.taskHtml / kB} kB of gzipped HTML`, () => {
  const tasks = weights.find((w) => w.type === 'tasks/*')!;
  expect(tasks.measured).toBe(tasks.pages);
  expect(tasks.htmlMax, `largest: ${tasks.htmlMaxPage}`).toBeLessThanOrEqual(BUDGET.taskHtml);
});

test(`no page is over ${ANY_PAGE_HTML / kB} kB of gzipped HTML`, () => {
  const over = weights.filter((w) => w.htmlMax > ANY_PAGE_HTML);
  expect(over.map((w) => `${w.htmlMaxPage}: ${w.htmlMax} bytes`)).toEqual([]);
});

test('every page type stays within its HTML budget', () => {
  // Each page type's budget is declared with its route (src/domain/routes.ts, `htmlKb`).
  const over = weights.filter((w) => {
    const budget = htmlBudgetKb(w.type);
    return budget === undefined || w.htmlMax > budget * kB;
  });
  expect(over.map((w) => `${w.htmlMaxPage}: ${w.htmlMax} bytes, budget ${htmlBudgetKb(w.type) ?? 'none'} kB`)).toEqual([]);
});

for (const [asset, budget] of [
  ['css', BUDGET.css],
  ['js', BUDGET.js],
] as const) {
  test(`no page type loads more than ${budget / kB} kB of gzipped ${asset.toUpperCase()}`, () => {
    const over = weights
      .filter((w) => (asset === 'css' ? w.cssMax : w.jsMax) > budget)
      .map((w) => `${w.type}: ${asset === 'css' ? w.cssMax : w.jsMax} bytes`);
    expect(over).toEqual([]);
  });
}
