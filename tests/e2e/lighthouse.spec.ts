/**
 * Lighthouse (mobile emulation, its default) on one page of every type of the frozen fixture, in
 * the same Chromium the other browser tests use. Asserted: accessibility, best practices and SEO
 * each 100, and cumulative layout shift at most 0.05 (layout shift does not depend on how busy the
 * machine is). Performance and the timings are recorded in test-results/lighthouse.json, never
 * asserted: on a shared machine they measure the machine as much as the page.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium, expect, test } from '@playwright/test';
import { launch, type LaunchedChrome } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumLaunchOptions } from '../../src/cli/chromium.ts';

const PAGE_TYPES = [
  '/vi/',
  '/vi/progress/',
  '/vi/responsibility/',
  '/vi/results/',
  '/vi/changes/',
  '/vi/sources/',
  '/vi/sources/meeting-2025-10-15/',
  '/vi/data/',
  '/vi/search/',
  '/vi/methodology/',
  '/vi/tasks/x-2025-08-08-12-electronic-dossiers/',
  '/vi/bodies/ministries-sectors-localities/',
  '/vi/indicators/digital-economy-share-gdp/',
  '/404.html',
];

interface Measured {
  path: string;
  performance: number | null;
  accessibility: number | null;
  bestPractices: number | null;
  seo: number | null;
  cls: number | null;
  tbtMs: number | null;
  lcpMs: number | null;
  failing: string[];
}

const measured: Measured[] = [];
let chrome: LaunchedChrome;

// One Chrome for all pages, one page at a time: Lighthouse drives it over its debugging port.
test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  chrome = await launch({
    chromePath: chromiumLaunchOptions().executablePath ?? chromium.executablePath(),
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
});

test.afterAll(async () => {
  await chrome?.kill();
  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/lighthouse.json', `${JSON.stringify(measured, null, 2)}\n`);
});

for (const path of PAGE_TYPES) {
  test(`Lighthouse on ${path}: 100 for accessibility, best practices and SEO; CLS ≤ 0.05`, async ({ baseURL }) => {
    test.setTimeout(180_000);
    const run = () =>
      lighthouse(`${baseURL}${path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
    let lhr = (await run())!.lhr;
    // On a loaded machine Lighthouse now and then loses the page's trace and reports no layout
    // shift at all (not a score); measure that page again, up to twice more, rather than fail on
    // the machine (CI's run of 5 December 2026 lost /vi/sources/'s trace twice in a row).
    for (let again = 0; again < 2 && lhr.audits['cumulative-layout-shift']?.numericValue === undefined; again += 1)
      lhr = (await run())!.lhr;
    const score = (id: string) => lhr.categories[id]?.score ?? null;
    // The audits that cost points in the three asserted categories, so a failure says what to fix.
    const failing = ['accessibility', 'best-practices', 'seo'].flatMap((id) =>
      (lhr.categories[id]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => `${id}: ${ref.id}`),
    );
    const entry: Measured = {
      path,
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? null,
      tbtMs: lhr.audits['total-blocking-time']?.numericValue ?? null,
      lcpMs: lhr.audits['largest-contentful-paint']?.numericValue ?? null,
      failing,
    };
    measured.push(entry);
    expect(failing).toEqual([]);
    expect([entry.accessibility, entry.bestPractices, entry.seo]).toEqual([1, 1, 1]);
    expect(entry.cls).not.toBeNull();
    expect(entry.cls!).toBeLessThanOrEqual(0.05);
  });
}
