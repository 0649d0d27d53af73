/**
 * The sitemaps, written from the pages actually built (src/domain/site-map.ts): sitemap.xml, an
 * index naming the sitemap files, and the files themselves. Sitemaps take absolute addresses only:
 * without the site's address (SITE_URL) the index names no file and none is written. Run once the
 * pages of every locale are in `out` (after a single build, or after the shards are joined) and
 * before the archive is packed, so the archive and the manifest carry them.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IndexedDataset } from '../domain/dataset.ts';
import { sitemapChunks, sitemapFile, sitemapIndexXml, sitemapPages, sitemapXml } from '../domain/site-map.ts';
import { filesUnder } from '../data/site-files.ts';
import { getLocale } from '../i18n/locales.ts';

export function writeSitemaps(out: string, site: URL | undefined, data: IndexedDataset): void {
  const base = site ?? null;
  const chunks = base ? sitemapChunks(sitemapPages(filesUnder(out), data)) : [];
  const files = chunks.map((_, i) => sitemapFile(i + 1));
  for (const [i, pages] of chunks.entries()) {
    const xml = sitemapXml(pages, base!, (l) => getLocale(l).intl, i === 0 ? { lastmod: data.meta.asOf } : undefined);
    writeFileSync(join(out, files[i]!), xml);
  }
  writeFileSync(join(out, 'sitemap.xml'), sitemapIndexXml(files, base));
}
