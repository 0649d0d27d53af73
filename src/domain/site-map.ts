/**
 * Every page of the portal below its locale prefix, from the data: what the sitemap lists.
 * A test checks it against the built site, so a page added without a line here fails.
 */
import type { IndexedDataset } from './dataset.ts';

export const SECTION_PAGES = [
  '',
  'progress',
  'responsibility',
  'results',
  'sources',
  'changes',
  'data',
  'search',
  'methodology',
  'meetings',
  'translations',
  'monitors',
  'monitors/draft',
] as const;

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
