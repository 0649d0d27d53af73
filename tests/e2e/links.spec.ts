/**
 * Every internal link and asset of the built site resolves, in every locale, and links stay in the
 * page's locale except where that is the point (the language switcher, alternates, fallbacks).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { LOCALE_CODES } from '../../src/domain/schema/primitives.ts';
import { distDir, htmlPages } from '../support/built-site.ts';

const ATTRIBUTE = /<([a-z]+)\b([^>]*?)\s(href|src)="([^"]*)"/g;

function resolvesInDist(url: string): boolean {
  const path = decodeURIComponent(url.split('#')[0]!.split('?')[0]!);
  if (path === '') return true;
  const file = join(distDir, path);
  return (existsSync(file) && !path.endsWith('/')) || existsSync(join(file, 'index.html'));
}

test('every internal link and asset resolves to a built file', () => {
  const broken: string[] = [];
  for (const page of htmlPages()) {
    const html = readFileSync(join(distDir, page), 'utf8');
    for (const [, , , , url] of html.matchAll(ATTRIBUTE)) {
      if (!url!.startsWith('/') || url!.startsWith('//')) continue;
      if (!resolvesInDist(url!)) broken.push(`${page} → ${url}`);
    }
  }
  expect(broken).toEqual([]);
});

test('links from a page go to pages of the same locale, except the switcher and alternates', () => {
  const strays: string[] = [];
  for (const page of htmlPages()) {
    const locale = page.split('/')[1]!;
    if (!(LOCALE_CODES as readonly string[]).includes(locale)) continue;
    const html = readFileSync(join(distDir, page), 'utf8')
      // The switcher's links are meant to cross languages.
      .replace(/<details class="lang-switcher"[\s\S]*?<\/details>/g, '');
    for (const [, tag, attrs, , url] of html.matchAll(ATTRIBUTE)) {
      if (tag !== 'a' || !url!.startsWith('/')) continue;
      if (/\bhreflang=/.test(attrs!)) continue;
      const target = url!.split('/')[1]!;
      if ((LOCALE_CODES as readonly string[]).includes(target) && target !== locale) strays.push(`${page} → ${url}`);
    }
  }
  expect(strays).toEqual([]);
});

test('every external link opens without giving the target page a handle on ours', () => {
  const missing: string[] = [];
  for (const page of htmlPages()) {
    const html = readFileSync(join(distDir, page), 'utf8');
    for (const match of html.matchAll(/<a\b[^>]*href="https?:\/\/[^"]*"[^>]*>/g)) {
      if (!/\brel="[^"]*\bnoopener\b/.test(match[0])) missing.push(`${page}: ${match[0]}`);
    }
  }
  expect(missing).toEqual([]);
});
