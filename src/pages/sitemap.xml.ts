/** sitemap.xml: every page in every locale, each with its alternates in the other six (hreflang). */
import { siteUrl } from '../site-url.ts';
import type { APIRoute } from 'astro';
import { getDataset } from '../data/dataset.ts';
import { standalonePages } from '../data/prose.ts';
import { changesListingPaths } from '../data/changes-listing.ts';
import { responsibilityListingPaths } from '../data/responsibility-listing.ts';
import { progressListingPaths } from '../data/progress-listing.ts';
import { pagePaths } from '../domain/site-map.ts';
import { escapeXml } from '../domain/xml.ts';
import { LOCALES } from '../i18n/locales.ts';
import { localePath } from '../i18n/paths.ts';

export const GET: APIRoute = async ({ site }) => {
  const base = siteUrl(site);
  const url = (path: string) => escapeXml(new URL(path, base).href);
  const data = await getDataset();
  const entries = pagePaths(data, [
    ...(await standalonePages()),
    ...changesListingPaths(data),
    ...responsibilityListingPaths(data),
    ...progressListingPaths(data),
  ]).flatMap((path) => {
    const alternates = LOCALES.map(
      (l) => `<xhtml:link rel="alternate" hreflang="${l.intl}" href="${url(localePath(l.code, ...path.split('/')))}"/>`,
    ).join('');
    return LOCALES.map(
      (l) =>
        `<url><loc>${url(localePath(l.code, ...path.split('/')))}</loc>${alternates}<xhtml:link rel="alternate" hreflang="x-default" href="${url('/')}"/></url>`,
    );
  });
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n<url><loc>${url('/')}</loc></url>\n${entries.join('\n')}\n</urlset>\n`;
  return new Response(xml, { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};
