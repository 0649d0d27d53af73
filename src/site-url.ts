/**
 * Where the portal is published: feeds, sitemaps and permalinks need absolute addresses. Set
 * SITE_URL when building for a real host; the default, the local server's, keeps local builds
 * reproducible. astro.config.mjs and every page take it from here.
 */
export const DEFAULT_SITE = 'http://localhost:4321';

/** Astro's configured site (Astro.site), or the default when none is set. */
export function siteUrl(site?: URL | string): URL {
  return new URL(site ?? DEFAULT_SITE);
}

/** The absolute address of a path on the site. */
export function permalink(path: string, site?: URL | string): string {
  return new URL(path, siteUrl(site)).href;
}
