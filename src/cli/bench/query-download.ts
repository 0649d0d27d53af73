/**
 * Kilobytes one search downloads: serve the built site, run a query on the Vietnamese search page
 * in Chromium and add up what comes from /pagefind/ — JavaScript and JSON gzipped, as any web server
 * sends them; the index, fragments and WebAssembly as stored (Pagefind compresses them itself).
 */
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { serve } from '../serve.ts';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

export async function queryDownloadBytes(root: string, query: string, port = 4199): Promise<number> {
  const server = await serve(root, port);
  const browser = await chromium.launch(
    existsSync(DEBIAN_CHROMIUM) ? { executablePath: DEBIAN_CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] } : {},
  );
  try {
    const page = await browser.newPage();
    let bytes = 0;
    const counted: Promise<void>[] = [];
    page.on('response', (response) => {
      const path = new URL(response.url()).pathname;
      if (!path.startsWith('/pagefind/')) return;
      counted.push(response.body().then((body) => void (bytes += /\.(js|json)$/.test(path) ? gzipSync(body).length : body.length)));
    });
    await page.goto(`http://127.0.0.1:${port}/vi/search/?q=${encodeURIComponent(query)}`);
    await page.locator('ol[data-results] > li').first().waitFor({ timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    await Promise.all(counted);
    return bytes;
  } finally {
    await browser.close();
    server.close();
  }
}
