/**
 * Every page of the portal below its locale prefix, from the data: what the sitemap lists.
 * A test checks it against the built site, so a page added without a line here fails.
 */
import type { IndexedDataset } from './dataset.ts';

export const SECTION_PAGES = ['', 'progress', 'responsibility', 'results', 'sources', 'changes', 'data', 'search', 'methodology'] as const;

/**
 * Paths without locale, e.g. "tasks/s57-2025-10-15-08" ("" is the locale's home); `listingPages`
 * are the pages of the paged listings (e.g. "changes/2026-03"), worked out by the build.
 */
export function pagePaths(data: IndexedDataset, listingPages: readonly string[] = []): string[] {
  return [
    ...SECTION_PAGES,
    ...listingPages,
    ...data.tasks.map((t) => `tasks/${t.id}`),
    ...data.agencies.map((a) => `bodies/${a.id}`),
    ...data.indicators.map((i) => `indicators/${i.id}`),
    ...data.sources.map((s) => `sources/${s.id}`),
  ];
}
