/**
 * The security policy holds in the built site: no inline script or style that would need
 * 'unsafe-inline', no resource from another origin, and data shown as text even when it looks
 * like markup.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import { buildInto } from '../support/build-copy.ts';
import { distDir, htmlPages, pageTypeSamples } from '../support/built-site.ts';

test('no page has an inline script or inline style, and every page carries the CSP', () => {
  const problems: string[] = [];
  for (const page of htmlPages()) {
    const html = readFileSync(join(distDir, page), 'utf8');
    if (!html.includes('http-equiv="Content-Security-Policy"')) problems.push(`${page}: no CSP`);
    for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
      const attrs = match[1]!;
      if (/type="application\/(ld\+)?json"/.test(attrs)) continue;
      if (!/\bsrc=/.test(attrs) || match[2]!.trim() !== '') problems.push(`${page}: inline script ${match[0].slice(0, 80)}`);
    }
    if (/<style[\s>]/.test(html)) problems.push(`${page}: <style> element`);
    if (/\sstyle="/.test(html)) problems.push(`${page}: style attribute`);
  }
  expect(problems.slice(0, 30)).toEqual([]);
});

test('no page loads a script, stylesheet, image or frame from another origin', () => {
  const problems: string[] = [];
  for (const page of htmlPages()) {
    const html = readFileSync(join(distDir, page), 'utf8');
    for (const match of html.matchAll(/<(script|img|iframe|source|link)\b[^>]*\s(src|href)="(https?:)?\/\/[^"]*"[^>]*>/g)) {
      const tag = match[0];
      // <link rel="alternate|canonical"> name pages of this site; they load nothing.
      if (match[1] === 'link' && /rel="(alternate|canonical)"/.test(tag)) continue;
      problems.push(`${page}: ${tag.slice(0, 120)}`);
    }
  }
  expect(problems).toEqual([]);
});

test('pages request nothing from any other origin while loading', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
  });
  for (const sample of pageTypeSamples().filter((s) => s.locale === 'vi' || s.locale === 'en')) {
    await page.goto(sample.url);
  }
  expect(foreign).toEqual([]);
});

test('a task title written as HTML shows as text and runs nothing', async ({ page }) => {
  // Its build may wait for another test's (tests/support/build-copy.ts).
  test.setTimeout(5 * 60_000);
  const content = join(mkdtempSync(join(tmpdir(), 'ck57-xss-')), 'content');
  cpSync('tests/fixtures/minimal', content, { recursive: true });
  const file = join(content, 'tasks', 'late-task.json');
  const task = JSON.parse(readFileSync(file, 'utf8'));
  task.title.vi = 'Tiêu đề <script>alert(1)</script> <img src=x onerror=alert(2)>';
  writeFileSync(file, JSON.stringify(task));
  const dist = buildInto(content, 'xss', { CK57_RELEASES: '' });

  const html = readFileSync(join(dist, 'vi', 'tasks', 'late-task', 'index.html'), 'utf8');
  expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  expect(html).not.toContain('<img src=x');

  let dialogs = 0;
  page.on('dialog', async (dialog) => {
    dialogs += 1;
    await dialog.dismiss();
  });
  await page.goto(pathToFileURL(join(dist, 'vi', 'tasks', 'late-task', 'index.html')).href);
  await expect(page.locator('h1')).toContainText('<script>alert(1)</script>');
  expect(await page.locator('main img').count()).toBe(0);
  expect(dialogs).toBe(0);
});
