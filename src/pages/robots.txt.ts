/** robots.txt: everything may be read; here is the sitemap. */
import { permalink } from '../site-url.ts';
import type { APIRoute } from 'astro';

// A sitemap is named only by its full address, so only when the build has one (SITE_URL).
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n${site ? `Sitemap: ${permalink('/sitemap.xml', site)}\n` : ''}`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
