/**
 * The HTTP headers every file of the portal is served with, in one place: `npm run serve`, the
 * `_headers` file (Netlify, Cloudflare Pages) and the nginx snippet are all written from these
 * rules, so what the tests and Lighthouse see locally is what readers get from the host.
 *
 * Three things per file: the security headers (the same on every response), how long it may be
 * cached (by where it lives) and its type (by its name).
 */

/**
 * The Content Security Policy: only this site's own files; 'wasm-unsafe-eval' and blob: workers
 * are for Pagefind's search. Pages also carry it in a <meta> tag (so the offline archive, opened
 * from disk, keeps it); a <meta> policy cannot hold frame-ancestors, so only the header has it.
 */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** The policy as a page's <meta http-equiv> carries it. */
export const META_CSP = CSP_DIRECTIVES.join('; ');

/** The policy as the host sends it: the same, and no other site may frame the portal. */
export const HEADER_CSP = `${META_CSP}; frame-ancestors 'none'`;

/** Sent with every response, whatever the file. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': HEADER_CSP,
  // The portal is served over HTTPS only; browsers ignore this header on plain-HTTP localhost.
  'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  // frame-ancestors for browsers too old to read it from the policy.
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/**
 * Files whose name changes with their content (Astro's hashed assets, Pagefind's index, fragment
 * and filter chunks) never change at their address: cached for a year, never revalidated.
 */
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';

/**
 * Everything else — pages, data, feeds, Pagefind's entry files — keeps its address across
 * releases. Browsers revalidate on every visit (a cheap 304 when nothing changed), so a reader
 * never mixes a new page with an old stylesheet; shared caches (the CDN in front of an origin
 * server) may serve it for five minutes, which is what lets a CDN carry millions of readers.
 */
export const SHORT_CACHE = 'public, max-age=0, s-maxage=300, must-revalidate';

/** Where the immutable files live, as path patterns in the `_headers` syntax (`:name` one segment, `*` the rest). */
export const IMMUTABLE_PATTERNS = [
  '/_astro/*',
  '/pagefind/:part/index/*',
  '/pagefind/:part/fragment/*',
  '/pagefind/:part/filter/*',
] as const;

/** Host-configuration files the build writes beside the site; hosts read them, nobody downloads them. */
export const HOST_FILES = ['_headers', '_nginx.conf'] as const;

/** Types by file extension; text types carry their charset. */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml; charset=utf-8',
  '.atom': 'application/atom+xml; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.zip': 'application/zip',
  '.txt': 'text/plain; charset=utf-8',
  '.sha256': 'text/plain; charset=utf-8',
  // Pagefind's index files are its own binary format, gzipped by Pagefind itself.
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

/** Files without an extension that have a type of their own. */
const NAMED_TYPES: Readonly<Record<string, string>> = { SHA256SUMS: 'text/plain; charset=utf-8' };

/** Types a static host may not know or may get wrong; `_headers` states these (hosts infer the rest). */
export const STATED_TYPES = [
  '.ics',
  '.atom',
  '.csv',
  '.zip',
  '.sha256',
  '.pf_meta',
  '.pf_index',
  '.pf_fragment',
  '.pf_filter',
  '.pagefind',
  '.wasm',
] as const;

/** The type of a file, from its name. @example contentType('/downloads/SHA256SUMS') // 'text/plain; charset=utf-8' */
export function contentType(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const named = NAMED_TYPES[name];
  if (named) return named;
  const dot = name.lastIndexOf('.');
  return (dot > 0 && CONTENT_TYPES[name.slice(dot)]) || 'application/octet-stream';
}

/** Named types as `_headers` patterns (file names the host cannot infer a type from). */
export function namedTypePatterns(): [string, string][] {
  return Object.entries(NAMED_TYPES).map(([name, type]) => [`/*/${name}`, type]);
}

/**
 * Whether a URL path matches a pattern in the `_headers` syntax: `:name` stands for one path
 * segment, `*` for any characters (slashes included). Shared by serve, nginx and the tests.
 * @example matchesPattern('/pagefind/vi-2/index/vi_ab.pf_index', '/pagefind/:part/index/*') // true
 */
export function matchesPattern(path: string, pattern: string): boolean {
  const source = pattern
    .split(/(:[A-Za-z]\w*|\*)/)
    .map((piece) => (piece === '*' ? '.*' : piece.startsWith(':') ? '[^/]+' : piece.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`).test(path);
}

/** How long a file may be cached, from its URL path. */
export function cacheControl(path: string): string {
  return IMMUTABLE_PATTERNS.some((pattern) => matchesPattern(path, pattern)) ? IMMUTABLE_CACHE : SHORT_CACHE;
}

/**
 * Every header a file is served with, from the URL path of the file itself (a directory URL's
 * index.html, not the directory).
 * @example headersFor('/_astro/Base.CYND6LSm.css')['Cache-Control'] // IMMUTABLE_CACHE
 */
export function headersFor(filePath: string): Record<string, string> {
  return { ...SECURITY_HEADERS, 'Cache-Control': cacheControl(filePath), 'Content-Type': contentType(filePath) };
}

/** Types worth compressing on the wire; images, archives and Pagefind's gzipped chunks are not. */
export function isCompressible(type: string): boolean {
  return /^text\/|^application\/(json|javascript|xml|atom\+xml|wasm)|^image\/svg\+xml/.test(type);
}
