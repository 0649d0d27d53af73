/**
 * Editorial pages on the frozen fixture, whose content/pages holds: the page components guide in
 * vi and en (every component), the 15 October 2025 meeting in Vietnamese only (a missing locale),
 * and the note of the recorded release. Figures counted by hand from the fixture's tasks:
 * - 15 Oct 2025 assigned s57-2025-10-15-01 … -13 (13 tasks); 29 May 2025 assigned 10
 *   (s57-2025-05-29-01 … -08, x-2025-05-29-09, -10): 1 completed (-08, no deadline), 2 in progress
 *   with no deadline (-04, x-…-10), 7 with no report; 18 Dec 2025 assigned 2, 25 Dec 2025 none,
 *   25 Feb 2026 one (x-2026-02-25-14).
 */
import { expect, test } from '@playwright/test';
import { DERIVED_STATUSES } from '../../src/domain/status.ts';
import { watchConsole } from './console.ts';

const OCT_15 = Array.from({ length: 13 }, (_, i) => `/en/tasks/s57-2025-10-15-${String(i + 1).padStart(2, '0')}/`);

test('a meeting page lists live exactly the tasks the meeting assigned', async ({ page }) => {
  const console = watchConsole(page);
  await page.goto('/en/meetings/meeting-2025-10-15/');
  const section = page.locator('[data-meeting-tasks="meeting-2025-10-15"]');
  await expect(section.locator('.task-title a')).toHaveCount(13);
  expect(await section.locator('.task-title a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(OCT_15);
  await expect(section.locator('[data-total]')).toHaveText('13');
  await expect(page.locator('main')).toContainText('15 October 2025');
  await expect(page.locator('main')).toContainText('Standing Committee of the Central Steering Committee');
  // Nothing but the print-and-copy helper every page shares (public/scripts/desk.js).
  expect(await page.locator('script:not([src="/scripts/desk.js"])').count()).toBe(0);
  expect(console).toEqual([]);
});

test('a meeting summary missing in a language falls back to Vietnamese, marked, with its lang', async ({ page }) => {
  await page.goto('/en/meetings/meeting-2025-10-15/');
  const article = page.locator('article.prose');
  await expect(article).toHaveAttribute('lang', 'vi');
  await expect(article.locator('.fallback-note')).toHaveAttribute('lang', 'en');
  await expect(article.locator('.fallback-note')).toHaveText('Not yet translated; shown in Tiếng Việt.');
  await expect(article.locator('h2').first()).toHaveText('Ai họp và họp khi nào');
  // The components keep the reader's language inside the Vietnamese text.
  await expect(article.locator('.prose-cite').first()).toHaveAttribute('lang', 'en');
  await page.goto('/vi/meetings/meeting-2025-10-15/');
  await expect(page.locator('article.prose')).not.toHaveAttribute('lang', /.+/);
  await expect(page.locator('.fallback-note')).toHaveCount(0);
});

test('a meeting without a summary says so and still lists its tasks with their status', async ({ page }) => {
  await page.goto('/en/meetings/meeting-2025-05-29/');
  await expect(page.locator('main')).toContainText('No summary of this meeting has been written yet');
  await expect(page.locator('[data-meeting-tasks] .task-title a')).toHaveCount(10);
  const rows = await page
    .locator('[data-meeting-tasks] tbody tr')
    .evaluateAll((trs) => trs.map((tr) => `${tr.getAttribute('data-status')}=${tr.querySelector('td')?.textContent}`));
  expect(rows).toEqual(['completed=1', 'in_progress_no_deadline=2', 'no_deadline_no_report=7']);
});

test('the meetings index lists every meeting in the sources with the tasks it assigned', async ({ page }) => {
  await page.goto('/en/meetings/');
  const items = page.locator('[data-meeting]');
  expect(
    await items.evaluateAll((lis) =>
      lis.map((li) => `${li.getAttribute('data-meeting')}: ${li.querySelector('[data-assigned]')?.textContent}`),
    ),
  ).toEqual([
    'meeting-2026-02-25: 1 task assigned',
    'meeting-2025-12-25: 0 tasks assigned',
    'meeting-2025-12-18: 2 tasks assigned',
    'meeting-2025-10-15: 13 tasks assigned',
    'meeting-2025-05-29: 10 tasks assigned',
  ]);
});

test('meetings are reachable from Progress and from each task they assigned', async ({ page }) => {
  await page.goto('/en/progress/');
  await page.locator('main a[href="/en/meetings/"]').click();
  await expect(page).toHaveURL(/\/en\/meetings\/$/);
  await page.goto('/en/tasks/s57-2025-10-15-08/');
  await expect(page.locator('[data-assigned-at]')).toHaveAttribute('href', '/en/meetings/meeting-2025-10-15/');
  // A task assigned by a document, not a meeting, has no such line.
  await page.goto('/en/tasks/x-2025-06-19-11-phase-1/');
  await expect(page.locator('[data-assigned-at]')).toHaveCount(0);
});

test('the components guide renders every component from the data, with no script', async ({ page }) => {
  await page.goto('/vi/guides/components/');
  const kinds = await page.locator('[data-prose-component]').evaluateAll((els) => els.map((e) => e.getAttribute('data-prose-component')));
  expect(kinds).toEqual(['TaskList', 'StatusSummary', 'IndicatorChart', 'Cite', 'DeadlineLedger', 'StatusRules']);
  await expect(page.locator('[data-prose-component="TaskList"] .task-title a')).toHaveAttribute('href', '/vi/tasks/x-2026-02-25-14/');
  await expect(page.locator('[data-prose-component="IndicatorChart"] svg').first()).toBeVisible();
  await expect(page.locator('[data-prose-component="IndicatorChart"] table')).toHaveCount(1);
  await expect(page.locator('[data-prose-component="Cite"] a').first()).toHaveAttribute(
    'href',
    '/vi/sources/report-vietnamplus-en-2025-10-15/',
  );
  await expect(page.locator('[data-prose-component="DeadlineLedger"] tbody tr')).toHaveCount(1);
  await expect(page.locator('[data-dataset-fact="as-of"]')).toHaveText('ngày 13 tháng 3 năm 2026');
  expect(await page.locator('script:not([src="/scripts/desk.js"])').count()).toBe(0);
});

test('the status table on a page is generated from the rule’s own list of statuses', async ({ page }) => {
  await page.goto('/en/guides/components/');
  const rows = await page
    .locator('[data-prose-component="StatusRules"] tr')
    .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-status')));
  expect(rows).toEqual([...DERIVED_STATUSES]);
});

test('Changes shows the note of the recorded release', async ({ page }) => {
  await page.goto('/en/changes/');
  const note = page.locator('[data-release-note="2026-03-13"]');
  await expect(note.locator('h2')).toHaveText('Release note of 13 March 2026');
  await expect(note).toContainText('first recorded release');
});

test('search files editorial pages under a kind of their own', async ({ page }) => {
  await page.goto('/fr/guides/components/');
  await expect(page.locator('main [data-pagefind-filter]')).toHaveAttribute('data-pagefind-filter', 'kind:Guide');
  await expect(page.locator('article.prose')).toHaveAttribute('lang', 'en');
});

test('the events feed carries the release note', async ({ request }) => {
  const xml = await (await request.get('/en/feeds/events.atom')).text();
  const entry = xml.slice(xml.indexOf('<id>tag:congkhai57.portal,2025:release/2026-03-13</id>'));
  expect(entry).toContain('<title>Release note of 13 March 2026</title>');
  expect(entry).toContain('<updated>2026-03-13T00:00:00Z</updated>');
  expect(entry.slice(0, entry.indexOf('</entry>'))).toContain('/en/changes/#release-note');
});
