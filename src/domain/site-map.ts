/**
 * Every page of the portal below its locale prefix, from the data: what the sitemap lists.
 * A test checks it against the built site, so a page added without a line here fails.
 */
import type { IndexedDataset } from './dataset.ts';

/**
 * The sections of the main navigation, in its order ("home" is the locale's own page): the three
 * publicities first, then the meetings and the monitors' desk, which readers look for by name.
 */
export const NAV_SECTIONS = [
  'home',
  'progress',
  'responsibility',
  'results',
  'meetings',
  'monitors',
  'sources',
  'changes',
  'data',
  'search',
  'methodology',
] as const;
export type NavSection = (typeof NAV_SECTIONS)[number];

/** A navigation section's path below the locale ("" for home). */
export const sectionPath = (section: NavSection): string => (section === 'home' ? '' : section);

/** Every page of a locale that is not a record's: the navigation's sections and the other standing pages. */
export const SECTION_PAGES = [...NAV_SECTIONS.map(sectionPath), 'translations', 'monitors/draft'];

/**
 * Paths without locale, e.g. "tasks/s57-2025-10-15-08" ("" is the locale's home).
 * @param extraPages pages the build works out: the editorial pages written so far (e.g. "about",
 *   "guides/readers") and the pages of the paged listings (e.g. "changes/2026-03")
 */
export function pagePaths(data: IndexedDataset, extraPages: readonly string[] = []): string[] {
  return [
    ...SECTION_PAGES,
    ...extraPages,
    ...data.sources.filter((s) => s.kind === 'meeting').map((s) => `meetings/${s.id}`),
    ...data.tasks.map((t) => `tasks/${t.id}`),
    ...data.agencies.map((a) => `bodies/${a.id}`),
    ...data.indicators.map((i) => `indicators/${i.id}`),
    ...data.sources.map((s) => `sources/${s.id}`),
  ];
}

/**
 * Pages per sitemap file. The protocol allows 50,000 URLs and 50 MB a file; each page is listed in
 * seven locales with eight alternates (about 1 kB a URL), so 4,000 pages make 28,000 URLs and
 * ~28 MB. The bundled data fits one file; a national record needs a few, listed by sitemap.xml.
 */
export const PAGES_PER_SITEMAP = 4000;

/**
 * The pages cut into sitemap files, in order.
 * @example sitemapChunks(['a', 'b', 'c'], 2) // [['a', 'b'], ['c']]
 */
export function sitemapChunks(paths: readonly string[], perFile: number = PAGES_PER_SITEMAP): string[][] {
  const chunks: string[][] = [];
  for (let i = 0; i < paths.length; i += perFile) chunks.push(paths.slice(i, i + perFile));
  return chunks.length === 0 ? [[]] : chunks;
}

/** The address of the n-th sitemap file (from 1). */
export const sitemapFile = (n: number): string => `/sitemap-${n}.xml`;
