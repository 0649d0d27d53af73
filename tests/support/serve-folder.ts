/**
 * Serve a built folder to one page under a made-up origin, through Playwright's request routing:
 * a second build (another fixture) gets real HTTP semantics (absolute links, styles, scripts)
 * without a second server.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';

export async function serveFolder(page: Page, dir: string, origin = 'http://fixture.test'): Promise<string> {
  await page.route(`${origin}/**`, (route) => {
    const path = decodeURIComponent(new URL(route.request().url()).pathname);
    let file = join(dir, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    return existsSync(file) ? route.fulfill({ path: file }) : route.fulfill({ status: 404, body: 'not found' });
  });
  return origin;
}
