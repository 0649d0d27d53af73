import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../src/cli/chromium.ts';
import { serve } from '../src/cli/serve.ts';
const server = await serve('/tmp/ck57-h16-dist', 0);
const port = (server.address() as any).port;
const browser = await chromium.launch(chromiumLaunchOptions());
const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
for (const p of process.argv.slice(2)) {
  await page.goto(`http://127.0.0.1:${port}${p}`);
  const w = await page.evaluate(() => document.documentElement.scrollWidth);
  console.log(p, w);
}
await browser.close(); server.close();
