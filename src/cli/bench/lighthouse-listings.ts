/**
 * Lighthouse (mobile, its default) on the listing pages that grow with the data — Progress, Changes
 * and Responsibility, in Vietnamese — served as a production host serves them (`npm run serve`:
 * compression, caching headers). Reported by the benchmark beside the page sizes; never asserted,
 * since timings on a shared machine measure the machine as much as the page.
 */
import { chromium } from '@playwright/test';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumLaunchOptions } from '../chromium.ts';
import { serve } from '../serve.ts';

export const LISTING_PAGES = ['/vi/progress/', '/vi/changes/', '/vi/responsibility/'] as const;

export interface ListingScore {
  path: string;
  performance: number | null;
  cls: number | null;
  tbtMs: number | null;
  lcpMs: number | null;
}

export async function lighthouseListings(root: string, port = 4198): Promise<ListingScore[]> {
  const server = await serve(root, port);
  const chrome = await launch({
    chromePath: chromiumLaunchOptions().executablePath ?? chromium.executablePath(),
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const scores: ListingScore[] = [];
    for (const path of LISTING_PAGES) {
      const result = await lighthouse(`http://127.0.0.1:${port}${path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance'],
      });
      const lhr = result!.lhr;
      const numeric = (id: string) => lhr.audits[id]?.numericValue ?? null;
      const score = lhr.categories['performance']?.score;
      scores.push({
        path,
        performance: score === null || score === undefined ? null : Math.round(score * 100),
        cls: numeric('cumulative-layout-shift'),
        tbtMs: numeric('total-blocking-time'),
        lcpMs: numeric('largest-contentful-paint'),
      });
    }
    return scores;
  } finally {
    chrome.kill();
    server.close();
  }
}
