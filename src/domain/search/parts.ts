/**
 * How a locale's search index is split into parts. Pagefind holds everything it indexes in memory
 * until it writes the index (measured: ~0.6 GB at 3,000 pages, ~1.5 GB at 12,000), so at national
 * scale one index per locale would need gigabytes; parts of a bounded size keep that memory flat
 * however large the site grows. A site of up to one part's size (the bundled data; 1,300 tasks)
 * has one part.
 *
 * Pages are split in deadline order, so that "earliest deadline first" across all parts is each
 * part's own order, one part after the other (Pagefind's sorted scores are positions within its
 * own index and cannot be compared across indexes). Each page of a site in several parts carries
 * its part's number as a filter, so the search page can ask one part at a time.
 */
import { compareStrings } from '../compare.ts';

/** Pages per part: Pagefind stays near 1 GB while it indexes one, beside the archive packer. */
export const PAGES_PER_PART = 6000;

/** Pages without a deadline sort last, as in the search page's deadline order. */
export const NO_DEADLINE = '9999-12-31';

/** A page to index: its URL and its search facets, of which the split needs the deadline. */
export interface PartPage {
  url: string;
  facets: { deadline?: string };
}

/**
 * Pages in deadline order (then by URL, so the split is the same on every build), cut into as few
 * parts of at most `perPart` pages as possible, of near-equal size.
 * @example splitIntoParts(7 pages, 3) // three parts of 2, 3 and 2 pages
 */
export function splitIntoParts<T extends PartPage>(pages: readonly T[], perPart: number = PAGES_PER_PART): T[][] {
  if (!Number.isInteger(perPart) || perPart < 1)
    throw new Error(`pages per search part: expected a whole number of at least 1; found ${perPart}`);
  // Plain code-unit order, never the locale's: the split must be the same on every machine.
  const key = (page: T) => `${page.facets.deadline ?? NO_DEADLINE} ${page.url}`;
  const sorted = [...pages].sort((a, b) => compareStrings(key(a), key(b)));
  const count = Math.max(1, Math.ceil(sorted.length / perPart));
  const parts: T[][] = [];
  for (let i = 0; i < count; i += 1)
    parts.push(sorted.slice(Math.round((i * sorted.length) / count), Math.round(((i + 1) * sorted.length) / count)));
  return parts;
}

/**
 * The folder of a part under /pagefind/: the first part keeps the locale's own folder, so the
 * address of the search bundle does not depend on the site's size.
 * @example partFolder('vi', 0) // 'vi'
 * @example partFolder('vi', 2) // 'vi-3'
 */
export function partFolder(locale: string, index: number): string {
  return index === 0 ? locale : `${locale}-${index + 1}`;
}

/** The filter holding a page's part number (1, 2, …), on sites of more than one part only. */
export const PART_FILTER = 'part';

/** The file in a locale's first folder that lists every part's folder, read by the search page. */
export const PARTS_FILE = 'parts.json';
