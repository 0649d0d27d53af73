/** One sitemap file: its share of the pages in every locale, each with its alternates in the other six (hreflang). */
import { configuredSite } from '../site-url.ts';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getDataset } from '../data/dataset.ts';
import { sitemapPages } from '../data/sitemap-pages.ts';
import { escapeXml } from '../domain/xml.ts';
import { LOCALES } from '../i18n/locales.ts';
import { localePath } from '../i18n/paths.ts';

export const getStaticPaths = (async () => {
  // Sitemaps take absolute addresses only: none without SITE_URL (sitemap.xml then names none).
  if (!import.meta.env.SITE) return [];
  const chunks = await sitemapPages(await getDataset());
  return chunks.map((paths, i) => ({ params: { n: String(i + 1) }, props: { paths, first: i === 0 } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ site, props }) => {
  const { paths, first } = props as { paths: string[]; first: boolean };
  const base = configuredSite(site)!;
  const url = (path: string) => escapeXml(new URL(path, base).href);
  const entries = paths.flatMap((path) => {
    const alternates = LOCALES.map(
      (l) => `<xhtml:link rel="alternate" hreflang="${l.intl}" href="${url(localePath(l.code, ...path.split('/')))}"/>`,
    ).join('');
    return LOCALES.map(
      (l) =>
        `<url><loc>${url(localePath(l.code, ...path.split('/')))}</loc>${alternates}<xhtml:link rel="alternate" hreflang="x-default" href="${url('/')}"/></url>`,
    );
  });
  // The language chooser at the root is listed once, in the first file.
  const root = first ? `<url><loc>${url('/')}</loc></url>\n` : '';
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${root}${entries.join('\n')}\n</urlset>\n`;
  return new Response(xml, { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};
