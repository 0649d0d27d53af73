/**
 * The sitemap, from the pages actually built: each page once per locale it was built in, with its
 * alternates in the others (hreflang) and the date it last changed. A built page the route table
 * (./routes.ts) cannot read fails the build, so no page is published unlisted.
 */
import type { IndexedDataset } from './dataset.ts';
import { isLocale, parsePagePath, routePath, routeRecord, routeSegments, SECTIONS, type RecordCollection, type Route } from './routes.ts';
import { LOCALE_CODES, type LocaleCode } from './schema/primitives.ts';
import { escapeXml } from './xml.ts';

/** One page of the site in the locales it was built in. */
export interface SitemapPage {
  route: Route;
  locales: LocaleCode[];
  /** The day the page's record last changed; the dataset's "as of" date for a page that shows no one record. */
  lastmod: string;
}

type Dated = { date: string | null | undefined };
const datesOf = (items: readonly Dated[] | undefined): string[] => (items ?? []).flatMap((i) => (i.date ? [i.date] : []));

/**
 * The newest date a record was changed on: its assignment, history events and assessments (tasks), its
 * observations (indicators), its own date (sources), its revisions; never after "as of".
 */
export function lastChanged(data: IndexedDataset, route: Route): string {
  const asOf = data.meta.asOf;
  const record = routeRecord(route);
  const newest = (record ? recordDates(data, record.collection, record.id) : [])
    .filter((d) => d <= asOf)
    .sort()
    .at(-1);
  return newest ?? asOf;
}

function recordDates(data: IndexedDataset, collection: RecordCollection, id: string): string[] {
  if (collection === 'tasks') {
    const task = data.taskView(id)?.task;
    const assessments = data.assessmentsOf(id);
    return [
      ...datesOf(task ? [{ date: task.assigned }] : []),
      ...datesOf(task?.history),
      ...datesOf(task?.revisions),
      ...datesOf(assessments),
      ...assessments.flatMap((a) => datesOf(a.revisions)),
    ];
  }
  if (collection === 'agencies') return datesOf(data.agency(id)?.revisions);
  if (collection === 'sources') {
    const source = data.source(id);
    return source ? [...datesOf([source]), ...datesOf(source.revisions)] : [];
  }
  const indicator = data.indicator(id);
  return [...datesOf(indicator?.observations), ...datesOf(indicator?.revisions)];
}

/**
 * The built pages as sitemap entries, in the route table's order, then by path.
 * @param files built files relative to the output folder ("vi/tasks/x/index.html"); files that are
 *   not a locale's pages (the root, 404.html, feeds, data) are left out
 * @throws when an index.html inside a locale's folder is no page of the route table
 */
export function sitemapPages(files: readonly string[], data: IndexedDataset): SitemapPage[] {
  const pages = new Map<string, SitemapPage>();
  for (const file of files) {
    if (!file.endsWith('/index.html')) continue;
    const route = parsePagePath(file);
    if (route === null) {
      if (isLocale(file.slice(0, file.indexOf('/'))))
        throw new Error(`${file}: a built page with no entry in the route table (src/domain/routes.ts); add its section there`);
      continue;
    }
    const { locale, ...page } = route;
    const key = routeSegments(page).join('/');
    const entry = pages.get(key);
    if (entry) entry.locales.push(locale);
    else pages.set(key, { route: page, locales: [locale], lastmod: lastChanged(data, page) });
  }
  for (const page of pages.values()) page.locales.sort((a, b) => LOCALE_CODES.indexOf(a) - LOCALE_CODES.indexOf(b));
  const order = (page: SitemapPage) => SECTIONS.indexOf(page.route.section);
  return [...pages.entries()].sort(([a, x], [b, y]) => order(x) - order(y) || (a < b ? -1 : a > b ? 1 : 0)).map(([, page]) => page);
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
export function sitemapChunks<T>(pages: readonly T[], perFile: number = PAGES_PER_SITEMAP): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < pages.length; i += perFile) chunks.push(pages.slice(i, i + perFile));
  return chunks.length === 0 ? [[]] : chunks;
}

/** The address of the n-th sitemap file (from 1). */
export const sitemapFile = (n: number): string => `/sitemap-${n}.xml`;

/** A locale's language tag for hreflang ("vi-VN"). */
export type HreflangOf = (locale: LocaleCode) => string;

/**
 * One sitemap file: its pages in every locale they were built in, each with its alternates.
 * @param root the language chooser at the site's root, listed once, in the first file
 */
export function sitemapXml(pages: readonly SitemapPage[], base: URL, hreflang: HreflangOf, root?: { lastmod: string }): string {
  const url = (path: string) => escapeXml(new URL(path, base).href);
  const entries = pages.flatMap((page) => {
    const alternates = page.locales
      .map((l) => `<xhtml:link rel="alternate" hreflang="${hreflang(l)}" href="${url(routePath(l, page.route))}"/>`)
      .join('');
    return page.locales.map(
      (l) =>
        `<url><loc>${url(routePath(l, page.route))}</loc><lastmod>${page.lastmod}</lastmod>${alternates}<xhtml:link rel="alternate" hreflang="x-default" href="${url('/')}"/></url>`,
    );
  });
  const first = root ? `<url><loc>${url('/')}</loc><lastmod>${root.lastmod}</lastmod></url>\n` : '';
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${first}${entries.join('\n')}\n</urlset>\n`;
}

/** sitemap.xml: the index naming the sitemap files (none without the site's address). */
export function sitemapIndexXml(files: readonly string[], base: URL | null): string {
  const entries = base ? files.map((file) => `<sitemap><loc>${escapeXml(new URL(file, base).href)}</loc></sitemap>`) : [];
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join('\n')}\n</sitemapindex>\n`;
}
