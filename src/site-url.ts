/**
 * Where the portal is published: ONE setting, the SITE_URL environment variable (astro.config.mjs
 * hands it to Astro as `site`). Without it, nothing pretends to know the address: pages link with
 * root-relative addresses (/vi/tasks/…), feeds carry relative links, sitemaps list no page, and
 * the build log says to set it. A local server's address (localhost) is never published.
 */
export const SITE_ENV = 'SITE_URL';

const LOCAL_HOSTS = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\]|0\.0\.0\.0)$/;

/**
 * SITE_URL checked: an http(s) address that is not this machine, or undefined when unset.
 * Throws with what was expected and what was found.
 */
export function siteFromEnv(value: string | undefined): string | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(
      `${SITE_ENV}: expected the address the portal is published at, such as https://congkhai57.vn/; found ${JSON.stringify(value)}`,
    );
  }
  if (!/^https?:$/.test(url.protocol)) throw new Error(`${SITE_ENV}: expected an http or https address; found ${JSON.stringify(value)}`);
  if (LOCAL_HOSTS.test(url.hostname))
    throw new Error(
      `${SITE_ENV}: expected the public address readers use; found ${JSON.stringify(value)}, this machine's, which no reader can open. Leave it unset for a local build.`,
    );
  return url.href;
}

/** Astro's configured site (Astro.site), or null when the build has no address. */
export function configuredSite(site?: URL | string | null): URL | null {
  return site ? new URL(site) : null;
}

/** The address of a path on the site: absolute with a configured site, else root-relative. */
export function permalink(path: string, site?: URL | string | null): string {
  const base = configuredSite(site);
  return base ? new URL(path, base).href : new URL(path, 'https://relative.invalid').pathname;
}

/** The build log's line when no address is set. */
export const NO_SITE_WARNING = `No site address: set ${SITE_ENV}=https://… (the address the portal is published at) to print permanent links in full and list pages in sitemap.xml; this build uses relative links and lists no page in the sitemaps.`;
