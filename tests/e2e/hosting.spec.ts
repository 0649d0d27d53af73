/**
 * The built site carries its host configuration, and the test server sends what it says: every
 * file the build wrote gets the same security and cache headers from `_headers` (Netlify,
 * Cloudflare Pages) as from `npm run serve`, and the browser receives pages compressed, with the
 * Content Security Policy as a header.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { HEADER_CSP, IMMUTABLE_CACHE, SHORT_CACHE, headersFor, matchesPattern } from '../../src/domain/hosting/headers.ts';
import { builtFiles, distDir } from '../support/built-site.ts';

/** The rules of the built `_headers` file, parsed as the hosts read it. */
function parseHeadersFile(text: string): [string, Record<string, string>][] {
  const rules: [string, Record<string, string>][] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    if (!line.startsWith(' ')) rules.push([line.trim(), {}]);
    else {
      const colon = line.indexOf(':');
      rules.at(-1)![1][line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
    }
  }
  return rules;
}

test('the build wrote _headers and the nginx snippet at the top of the site', () => {
  const top = readdirSync(distDir);
  expect(top).toEqual(expect.arrayContaining(['_headers', '_nginx.conf']));
});

test('_headers gives every built file one Cache-Control, the one npm run serve sends', () => {
  const rules = parseHeadersFile(readFileSync(join(distDir, '_headers'), 'utf8'));
  const problems: string[] = [];
  for (const file of builtFiles().filter((f) => f !== '/_headers' && f !== '/_nginx.conf')) {
    const matching = rules.filter(([pattern, headers]) => 'Cache-Control' in headers && matchesPattern(file, pattern));
    const expected = headersFor(file)['Cache-Control'];
    if (matching.length !== 1 || matching[0]![1]['Cache-Control'] !== expected)
      problems.push(`${file}: ${matching.map(([p]) => p).join(', ') || 'no rule'}`);
  }
  expect(problems.slice(0, 20)).toEqual([]);
  // Both kinds are in use on the bundled data.
  expect(builtFiles().some((f) => headersFor(f)['Cache-Control'] === IMMUTABLE_CACHE)).toBe(true);
});

test('a page arrives compressed, with the policy and short caching as headers', async ({ page }) => {
  const response = await page.goto('/vi/progress/');
  const headers = await response!.allHeaders();
  expect(headers['content-encoding']).toBe('br');
  expect(headers['content-security-policy']).toBe(HEADER_CSP);
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['cache-control']).toBe(SHORT_CACHE);
  expect(headers['x-content-type-options']).toBe('nosniff');
});

test('the stylesheets a page links are cached for a year', async ({ page }) => {
  const css: string[] = [];
  page.on('response', async (response) => {
    if (response.url().endsWith('.css')) css.push((await response.allHeaders())['cache-control'] ?? '');
  });
  await page.goto('/vi/');
  await page.waitForLoadState('networkidle');
  expect(css.length).toBeGreaterThan(0);
  expect(new Set(css)).toEqual(new Set([IMMUTABLE_CACHE]));
});

test('calendars, feeds and checksums are served with their types', async ({ request }) => {
  const ics = builtFiles().find((f) => f.endsWith('.ics'))!;
  const atom = builtFiles().find((f) => f.endsWith('.atom'))!;
  expect((await request.get(ics)).headers()['content-type']).toBe('text/calendar; charset=utf-8');
  expect((await request.get(atom)).headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
  expect((await request.get('/downloads/SHA256SUMS')).headers()['content-type']).toBe('text/plain; charset=utf-8');
  expect((await request.get('/_headers')).status()).toBe(404);
});
