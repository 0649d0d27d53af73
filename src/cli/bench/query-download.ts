/**
 * Kilobytes one search downloads: what comes from /pagefind/ — JavaScript and JSON gzipped, as any
 * web server sends them; the index, fragments and WebAssembly as stored (Pagefind compresses them
 * itself). Counted the same way by the benchmark and by the search test's budget.
 */
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { serve } from '../serve.ts';
import { chromiumLaunchOptions } from '../chromium.ts';

/**
 * Start counting the search downloads of `page`. The returned function gives the bytes so far once
 * every response body counted has arrived; call it after the page has gone quiet.
 */
export function countSearchDownloads(page: Page): () => Promise<number> {
  let bytes = 0;
  const counted: Promise<void>[] = [];
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (!path.startsWith('/pagefind/')) return;
    counted.push(response.body().then((body) => void (bytes += /\.(js|json)$/.test(path) ? gzipSync(body).length : body.length)));
  });
  return async () => {
    await Promise.all(counted);
    return bytes;
  };
}

/** Serve the built site, run `query` on the Vietnamese search page in Chromium, and count. */
export async function queryDownloadBytes(root: string, query: string, port = 4199): Promise<number> {
  const server = await serve(root, port);
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await browser.newPage();
    const downloaded = countSearchDownloads(page);
    await page.goto(`http://127.0.0.1:${port}/vi/search/?q=${encodeURIComponent(query)}`);
    await page.locator('ol[data-results] > li').first().waitFor({ timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    return await downloaded();
  } finally {
    await browser.close();
    server.close();
  }
}
