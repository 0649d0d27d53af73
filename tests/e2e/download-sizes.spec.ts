/**
 * Downloads a journalist can use: every download link on the Open data page and on a task page
 * gives the size of the file the build wrote, formatted for the page's language; each table is
 * also published under a name carrying the data date, byte for byte the same file.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { distDir } from '../support/built-site.ts';

const page = (path: string) => readFileSync(join(distDir, path, 'index.html'), 'utf8');

/** Each link followed by a size: its address and the size as printed, e.g. ["/data/tasks.csv", "12.3 KiB"]. */
function sizedLinks(html: string): [string, string][] {
  return [...html.matchAll(/<a href="([^"]+)"[^>]*>[^<]*<\/a>\s*<span class="file-size"[^>]*>\(([^)]+)\)<\/span>/g)].map((m) => [
    m[1]!,
    m[2]!,
  ]);
}

/** The size as worked out by hand from the file's bytes, in English and in French. */
function expected(path: string, lang: 'en' | 'fr'): string {
  const bytes = statSync(join(distDir, path)).size;
  const nb = '\u00a0';
  const one = (n: number) => (lang === 'fr' ? n.toFixed(1).replace('.', ',').replace(/,0$/, '') : n.toFixed(1).replace(/\.0$/, ''));
  if (bytes < 1024) return `${bytes}${nb}${lang === 'fr' ? 'o' : 'B'}`;
  if (bytes < 1048576) return `${one(bytes / 1024)}${nb}${lang === 'fr' ? 'Kio' : 'KiB'}`;
  return `${one(bytes / 1048576)}${nb}${lang === 'fr' ? 'Mio' : 'MiB'}`;
}

test('the Open data page gives each file’s size as built, in English and French', () => {
  for (const lang of ['en', 'fr'] as const) {
    const links = sizedLinks(page(`${lang}/data`));
    const hrefs = links.map(([href]) => href);
    for (const name of ['tasks', 'history', 'bodies', 'indicators', 'observations', 'sources'])
      expect(hrefs).toContain(`/data/${name}.csv`);
    expect(hrefs).toContain('/data/portal.json');
    expect(hrefs).toContain('/release/2026-03-13/manifest.json');
    for (const [href, size] of links) expect(size, href).toBe(expected(href, lang));
  }
});

test('each table is published under a dated name too, the same bytes, and the page links it', () => {
  const html = page('en/data');
  for (const name of ['tasks', 'history', 'sources']) {
    const dated = `/data/${name}-2026-03-13.csv`;
    expect(html).toContain(`href="${dated}"`);
    expect(readFileSync(join(distDir, dated)).equals(readFileSync(join(distDir, `/data/${name}.csv`)))).toBe(true);
  }
});

test('a task page gives the size of its JSON record', () => {
  const id = 'x-2025-06-19-11-phase-1';
  const links = sizedLinks(page(`vi/tasks/${id}`));
  const record = links.find(([href]) => href === `/data/tasks/${id}.json`);
  expect(record).toBeDefined();
  const bytes = statSync(join(distDir, 'data', 'tasks', `${id}.json`)).size;
  expect(record![1]).toBe(`${(bytes / 1024).toFixed(1).replace('.', ',').replace(/,0$/, '')}\u00a0KiB`);
});
