/**
 * sitemap.xml: a sitemap index naming the sitemap files (src/pages/sitemap-[n].xml.ts), so the
 * list of pages can grow past one file's limits with the data.
 */
import { configuredSite } from '../site-url.ts';
import type { APIRoute } from 'astro';
import { getDataset } from '../data/dataset.ts';
import { sitemapPages } from '../data/sitemap-pages.ts';
import { sitemapFile } from '../domain/site-map.ts';
import { escapeXml } from '../domain/xml.ts';

export const GET: APIRoute = async ({ site }) => {
  // Sitemaps take absolute addresses only: without SITE_URL the index names no file (the build log says so).
  const base = configuredSite(site);
  const files = (base ? await sitemapPages(await getDataset()) : []).map(
    (_, i) => `<sitemap><loc>${escapeXml(new URL(sitemapFile(i + 1), base!).href)}</loc></sitemap>`,
  );
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${files.join('\n')}\n</sitemapindex>\n`;
  return new Response(xml, { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};
