/**
 * The monitors' desk, tried as a monitor would. Figures worked out by hand:
 * - Frozen fixture: six status reports — x-2025-05-29-10 two by the National Assembly (oversight),
 *   s57-2025-05-29-08 one by the Steering Committee, s57-2025-05-29-04 one by the Ministry itself,
 *   x-2025-06-19-11-phase-1 one by itself and one by the press. No assessment is published.
 *   The Ministry of Science and Technology leads 2 tasks and coordinates 1: 3 task blocks to sign + 1 for the body.
 * - Minimal fixture (as of 2026-04-10): Ministry A's late-task, self-reported completed, assessed
 *   completed (agree); overdue-task, self-reported in progress, assessed not started (disagree);
 *   transferred-task, handed to Ministry B, reported only by the press. Feedback e-mail set.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { buildInto } from '../support/build-copy.ts';
import { variant } from '../support/variants.ts';
import { distDir } from '../support/built-site.ts';
import { pdfPages } from '../support/pdf-text.ts';
import { serveFolder } from '../support/serve-folder.ts';
import { unzipTo } from '../support/unzip.ts';

const FIXTURE = 'tests/fixtures/dataset-2026-03-13/content';

test('every status report says who made it, and Progress filters by it', async ({ page }) => {
  await page.goto('/en/tasks/x-2025-05-29-10/');
  await expect(page.locator('.timeline [data-reporter="oversight"]')).toHaveText([
    'reported by an oversight body',
    'reported by an oversight body',
  ]);
  await page.goto('/en/progress/');
  const rows = page.locator('table.task-table tbody tr:not([hidden])');
  const reporter = page.getByLabel('Reported by');
  for (const [label, count] of [
    ['an oversight body', 1],
    ['a directing body (Steering Committee, Government)', 1],
    ['the responsible body itself', 2],
    ['the press', 1],
  ] as const) {
    await reporter.selectOption({ label });
    await expect(rows).toHaveCount(count);
  }
  await expect(page.locator('tr[data-reporters~="press"]')).toHaveAttribute('data-reporters', 'responsible-body press');
});

test('the open data says who made each report and each figure', async ({ request }) => {
  const history = (await (await request.get('/data/history.csv')).text()).replace(/^\uFEFF/, '').split('\r\n');
  expect(history[0]).toMatch(/^task,event,type,date,status,status_label_vi,status_label_en,reporter,progress,/);
  expect(history.find((line) => line.includes('2025-06-14-law-71-passed'))).toMatch(
    /^x-2025-05-29-10,2025-06-14-law-71-passed,status,2025-06-14,in_progress,Đang thực hiện,In progress,oversight,/,
  );
  const observations = (await (await request.get('/data/observations.csv')).text()).split('\r\n');
  expect(observations[0]).toContain(',comparable,reporter,');
});

test('a task page puts the latest self-report beside the assessment, and says when there is none', async ({ page }) => {
  await page.goto('/en/tasks/s57-2025-05-29-04/');
  const review = page.locator('dl.review');
  await expect(review.locator('[data-field="self-report"]')).toHaveText('In progress, 30 September 2025');
  await expect(review.locator('[data-field="assessment"]')).toHaveText('None published yet.');
  await expect(review.locator('[data-field="agreement"]')).toHaveText('Cannot compare: no independent assessment');
  // A Steering Committee conclusion is not the body's self-report.
  await page.goto('/en/tasks/s57-2025-05-29-08/');
  await expect(page.locator('dl.review [data-field="self-report"]')).toHaveText('The responsible body has published no report of its own.');
});

test('every record page offers a prefilled report, a one-click copy, and says who publishes the portal when no address is set', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const pages = [
    ['/en/bodies/ministry-science-technology/', 'Body: ministry-science-technology'],
    ['/en/indicators/egdi-ranking/', 'Indicator: egdi-ranking'],
    ['/en/sources/meeting-2025-10-15/', 'Source: meeting-2025-10-15'],
    ['/en/results/', 'Results page'],
    ['/en/tasks/s57-2025-10-15-08/', 'Task: s57-2025-10-15-08'],
  ] as const;
  for (const [path, record] of pages) {
    await page.goto(path);
    await page.getByText('Report a problem with this record').click();
    const text = (await page.locator('[data-report-text]').textContent()) ?? '';
    expect(text.startsWith(`${record}\nField:\nPage: https://congkhai57.example${path}\nData as of: 2026-03-13\n`)).toBe(true);
    await expect(page.locator('[data-no-channel]')).toContainText('published by the Công khai 57 project');
    await expect(page.locator('a[href^="mailto:"]')).toHaveCount(0);
    await page.getByRole('button', { name: 'Copy this text' }).click();
    await expect(page.getByRole('button', { name: 'Copied' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
  }
});

/** The body page as Chromium prints it to A4. */
async function printed(page: Page): Promise<string[]> {
  await page.emulateMedia({ media: 'print' });
  return pdfPages(await page.pdf({ format: 'A4', margin: { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' } }));
}

test('a body page prints as a review sheet to sign: no header or search, links written out, a block per task and one for the body', async ({
  page,
}) => {
  await page.goto('/en/bodies/ministry-science-technology/');
  const pages = await printed(page);
  const text = pages.join('\n');
  expect(pages.length).toBeGreaterThanOrEqual(2);
  expect(pages.length).toBeLessThanOrEqual(4);
  expect(text.match(/Signature:/g)).toHaveLength(4);
  expect(text).toContain('Overall verdict on Ministry of Science and Technology');
  for (const id of ['s57-2025-05-29-02', 's57-2025-05-29-04', 's57-2025-05-29-03'])
    expect(text.replace(/\s+/g, '')).toContain(`https://congkhai57.example/en/tasks/${id}/`);
  // A source with an address prints it; one without prints its page on the portal.
  expect(text.replace(/\s+/g, '')).toContain('https://news.laodong.vn/thoi-su/cong-dich-vu-cong-quoc-gia');
  expect(text.replace(/\s+/g, '')).toContain('https://congkhai57.example/en/sources/report-vietnamplus-2025-09-30/');
  // Header, search box, navigation and buttons are left off the paper.
  expect(text).not.toContain('Skip to content');
  expect(text).not.toContain('Print this review sheet');
  expect(await page.locator('.site-header').isVisible()).toBe(false);
  // Nothing runs off an A4 line (210 mm − 30 mm of margins = 680 CSS px), and no task is split.
  await page.setViewportSize({ width: 680, height: 1000 });
  const overflowing = await page.evaluate(() =>
    [...document.querySelectorAll('main *')].filter((e) => e.getBoundingClientRect().right > 681).map((e) => e.outerHTML.slice(0, 80)),
  );
  expect(overflowing).toEqual([]);
  expect(
    await page
      .locator('.task-list > li')
      .first()
      .evaluate((li) => getComputedStyle(li).breakInside),
  ).toBe('avoid');
});

test('without JavaScript the sheet says how to print with the browser', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/en/bodies/ministry-science-technology/');
  await expect(page.getByText('To print, use your browser’s Print command (Ctrl+P, or ⌘P on a Mac).')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Print this review sheet' })).toBeHidden();
  await context.close();
});

test.describe('with assessments that agree and disagree', () => {
  test.describe.configure({ mode: 'serial' });
  let origin = '';
  let dist = '';
  test.beforeAll(() => {
    // Built once before the tests (tests/support/variants.ts).
    dist = variant('minimal');
  });
  test.beforeEach(async ({ page }) => {
    test.setTimeout(5 * 60_000);
    origin = await serveFolder(page, dist);
  });

  test('the task page flags a disagreement in words, and shows an agreement', async ({ page }) => {
    await page.goto(`${origin}/en/tasks/overdue-task/`);
    await expect(page.locator('dl.review [data-field="self-report"]')).toHaveText('In progress, 1 March 2026');
    await expect(page.locator('dl.review [data-field="assessment"]')).toContainText('Not started, by Test monitoring board, 5 April 2026');
    await expect(page.locator('dl.review [data-field="assessment"] a')).toHaveAttribute('href', 'https://example.org/review');
    await expect(page.locator('dl.review [data-field="agreement"]')).toHaveText('⚠ Disagree: the assessment differs from the self-report');
    await page.goto(`${origin}/en/tasks/late-task/`);
    await expect(page.locator('dl.review [data-field="agreement"]')).toHaveText('✓ Agree');
  });

  test('the body page, Responsibility and a prefilled e-mail carry the same verdicts', async ({ page }) => {
    await page.goto(`${origin}/en/bodies/ministry-a/`);
    await expect(page.locator('td[data-col="agree"]')).toHaveText('1');
    await expect(page.locator('td[data-col="disagree"]')).toHaveText('1');
    await expect(page.locator('dl.review[data-agreement="disagree"]')).toHaveCount(1);
    await expect(page.locator('dl.review[data-agreement="agree"]')).toHaveCount(1);
    const mailto = await page.locator('a[href^="mailto:"]').getAttribute('href');
    expect(mailto).toMatch(
      /^mailto:monitors@example\.org\?subject=C%C3%B4ng%20khai%2057%3A%20problem%20with%20Body%3A%20ministry-a&body=Body%3A%20ministry-a%0AField%3A%0APage%3A%20/,
    );
    await page.goto(`${origin}/en/responsibility/`);
    await expect(page.locator('tr[data-body="ministry-a"] td[data-col="agree"]')).toHaveText('1');
    await expect(page.locator('tr[data-body="ministry-a"] td[data-col="disagree"]')).toHaveText('1');
    await expect(page.locator('tr[data-body="ministry-b"] td[data-col="disagree"]')).toHaveText('0');
  });

  test('the printed sheet has both findings, the flag, a block per task and the addresses', async ({ page }) => {
    await page.goto(`${origin}/en/bodies/ministry-a/`);
    const text = (await printed(page)).join('\n');
    const flat = (words: string) => words.replace(/\s+/g, '');
    // late-task, overdue-task (led) and transferred-task (handed on): three blocks, and one for the body.
    expect(text.match(/Signature:/g)).toHaveLength(4);
    expect(flat(text)).toContain(flat('⚠ Disagree: the assessment differs from the self-report'));
    expect(flat(text)).toContain(flat('Not started, by Test monitoring board, 5 April 2026'));
    expect(flat(text)).toContain('https://congkhai57.example/en/tasks/overdue-task/');
    expect(flat(text)).toContain('https://example.org/review');
  });
});

test('a monitor drafts an assessment, the browser checks it, and the downloaded file passes the data check and builds', async ({
  page,
}) => {
  test.setTimeout(5 * 60_000);
  await page.goto('/en/tasks/s57-2025-05-29-04/');
  await page.getByRole('link', { name: 'Draft an assessment' }).click();
  await expect(page.getByText('Checking and downloading the file needs JavaScript.')).toBeHidden();
  await expect(page.getByLabel('Task')).toHaveValue('s57-2025-05-29-04');
  await page.getByLabel('Your organisation, in Vietnamese').fill('Ban giám sát thử nghiệm');
  await page.getByLabel('Date of the assessment').fill('2026-03-01');
  await page.getByLabel('The status you find').selectOption({ label: 'Blocked' });
  await page.getByLabel('Evidence: web address').fill('not a link');
  await page.getByRole('button', { name: 'Check and download' }).click();
  await expect(page.locator('[data-draft-result] li')).toHaveText([
    'comment.vi › expected text; found nothing',
    'evidence[0].url › expected a web address starting with http:// or https://; "not a link"',
    'evidence[0].publisher › expected text; found nothing',
  ]);
  await page.getByLabel('Your finding, in Vietnamese').fill('Chưa thấy sản phẩm nào được công bố.');
  await page.getByLabel('Your finding, in English (optional)').fill('No product has been published yet.');
  await page.getByLabel('Evidence: web address').fill('https://example.org/monitoring/2026-03');
  await page.getByLabel('Evidence: who published it').fill('Example');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Check and download' }).click()]);
  expect(download.suggestedFilename()).toBe('s57-2025-05-29-04-assessed-2026-03-01.json');
  const content = mkdtempSync(join(tmpdir(), 'ck57-draft-'));
  cpSync(FIXTURE, content, { recursive: true });
  await download.saveAs(join(content, 'assessments', download.suggestedFilename()));
  const file = JSON.parse(readFileSync(join(content, 'assessments', download.suggestedFilename()), 'utf8'));
  expect(file).toEqual({
    $schema: '../../.astro/collections/assessments.schema.json',
    id: 's57-2025-05-29-04-assessed-2026-03-01',
    task: 's57-2025-05-29-04',
    organisation: { vi: 'Ban giám sát thử nghiệm' },
    date: '2026-03-01',
    assessment: 'blocked',
    comment: { vi: 'Chưa thấy sản phẩm nào được công bố.', en: 'No product has been published yet.' },
    evidence: [{ url: 'https://example.org/monitoring/2026-03', publisher: 'Example' }],
  });
  const check = spawnSync(process.execPath, ['src/cli/check-data.ts'], {
    env: { ...process.env, CK57_CONTENT: content },
    encoding: 'utf8',
  });
  expect(check.stdout + check.stderr).toContain('Data check passed');
  expect(check.status).toBe(0);
  // The one build made inside a test: its data is the file this test has just drafted in the browser.
  const built = buildInto(content, mkdtempSync(join(tmpdir(), 'ck57-drafted-')), {
    CK57_RELEASES: 'tests/fixtures/dataset-2026-03-13/releases',
  });
  const origin = await serveFolder(page, built);
  await page.goto(`${origin}/en/tasks/s57-2025-05-29-04/`);
  await expect(page.locator('dl.review [data-field="agreement"]')).toHaveText('⚠ Disagree: the assessment differs from the self-report');
});

test('from the offline archive, the drafting page checks a file and the review sheet prints', async ({ page }) => {
  const folder = mkdtempSync(join(tmpdir(), 'ck57-desk-'));
  await unzipTo(join(distDir, 'downloads', 'cong-khai-57-2026-03-13.zip'), folder);
  await page.goto(pathToFileURL(join(folder, 'en', 'monitors', 'draft', 'index.html')).href);
  await page.getByRole('button', { name: 'Check and download' }).click();
  await expect(page.locator('[data-draft-result] li').first()).toHaveText('task › expected lowercase letters, digits and hyphens');
  await expect(page.locator('[data-draft-result] li').nth(1)).toHaveText('organisation.vi › expected text; found nothing');
  await page.goto(pathToFileURL(join(folder, 'en', 'bodies', 'ministry-science-technology', 'index.html')).href);
  await expect(page.getByRole('button', { name: 'Print this review sheet' })).toBeVisible();
  expect((await printed(page)).join('\n').match(/Signature:/g)).toHaveLength(4);
});

test('the monitors’ guide is there in every language, linked from Methodology', async ({ page }) => {
  for (const [locale, title] of [
    ['vi', 'Hướng dẫn cho người giám sát'],
    ['en', 'Monitors’ guide'],
    ['fr', 'Guide des observateurs'],
    ['ru', 'Руководство для наблюдателей'],
    ['uk', 'Посібник для спостерігачів'],
    ['nl', 'Gids voor toezichthouders'],
    ['id', 'Panduan pemantau'],
  ] as const) {
    await page.goto(`/${locale}/methodology/`);
    await page.getByRole('link', { name: title }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page.locator('.reporter-rules li')).toHaveCount(4);
  }
});
