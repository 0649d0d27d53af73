/**
 * Listings that stay small at any scale: rows are cut into groups a reader understands (a month, a
 * release, a kind of body), and a group longer than one page into numbered pages, each a page of
 * its own with plain links between them — readable without JavaScript and from the offline archive.
 *
 * Addresses: a group's first page is `<listing>/<group>/`, its later pages `<listing>/<group>/<n>/`.
 */

/**
 * Rows per page. A listing row weighs 60–120 bytes gzipped (a date, a linked title, a status), so
 * 200 rows keep a page near 20 kB, half the 40 kB budget, in the heaviest language.
 */
export const ROWS_PER_PAGE = 200;

/** Rows shown on an overview before its "full list" link. */
export const PREVIEW_ROWS = 10;

export interface Group<T> {
  key: string;
  items: readonly T[];
}

export interface ListingPage<T> {
  /** The group this page belongs to. */
  key: string;
  /** 1 for the group's first page. */
  number: number;
  pageCount: number;
  /** How many rows the whole group has. */
  groupSize: number;
  items: readonly T[];
}

/**
 * Rows grouped by a key, groups in the order their first row comes, rows in their own order.
 * @example groupInOrder(['2026-03-02', '2026-03-01', '2026-02-28'], (d) => d.slice(0, 7)) // 2026-03 (2 rows), 2026-02 (1)
 */
export function groupInOrder<T>(items: readonly T[], keyOf: (item: T) => string): Group<T>[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return [...groups].map(([key, rows]) => ({ key, items: rows }));
}

/**
 * Every page of every group: a group of up to `perPage` rows is one page; a longer one is cut into
 * pages of `perPage` rows, the last holding the rest. An empty group still has its one (empty) page.
 * @example paginate([{ key: 'a', items: 5 rows }], 2) // a/1 (2 rows), a/2 (2), a/3 (1)
 */
export function paginate<T>(groups: readonly Group<T>[], perPage: number = ROWS_PER_PAGE): ListingPage<T>[] {
  if (!Number.isInteger(perPage) || perPage < 1) throw new Error(`rows per page: expected a whole number of at least 1; found ${perPage}`);
  return groups.flatMap(({ key, items }) => {
    const pageCount = Math.max(1, Math.ceil(items.length / perPage));
    return Array.from({ length: pageCount }, (_, i) => ({
      key,
      number: i + 1,
      pageCount,
      groupSize: items.length,
      items: items.slice(i * perPage, (i + 1) * perPage),
    }));
  });
}

/**
 * The path segments of a page below its listing.
 * @example pageSegments('2026-03', 1) // ['2026-03']
 * @example pageSegments('2026-03', 3) // ['2026-03', '3']
 */
export function pageSegments(key: string, number: number): string[] {
  return number === 1 ? [key] : [key, String(number)];
}

/** A link of a pager: a page number, or a gap between numbers. */
export type PagerItem = { number: number; current: boolean } | { gap: true };

/**
 * The page numbers a pager shows: all of them up to nine pages; beyond that the first, the last,
 * and the two either side of the current one, with gaps between — a few links, however many pages.
 * @example pagerItems(5, 12) // 1 … 3 4 [5] 6 7 … 12
 */
export function pagerItems(current: number, pageCount: number): PagerItem[] {
  const shown = new Set<number>();
  for (let n = 1; n <= pageCount; n += 1) {
    if (pageCount <= 9 || n === 1 || n === pageCount || Math.abs(n - current) <= 2) shown.add(n);
  }
  const items: PagerItem[] = [];
  let previous = 0;
  for (const n of shown) {
    if (n > previous + 1) items.push({ gap: true });
    items.push({ number: n, current: n === current });
    previous = n;
  }
  return items;
}
