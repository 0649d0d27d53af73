/**
 * The host configuration the build writes from the header rules (./headers.ts): `_headers` for
 * Netlify and Cloudflare Pages, and an nginx snippet for a server of one's own behind a CDN.
 *
 * `_headers` rules never overlap on a header: Cloudflare joins a header two matching rules set
 * with a comma, Netlify keeps the last, so an overlap would mean different caching on each host.
 * Hence Cache-Control is stated per top-level folder of the site rather than once for "/*".
 */
import { compareStrings } from '../compare.ts';
import {
  CONTENT_TYPES,
  HOST_FILES,
  IMMUTABLE_CACHE,
  IMMUTABLE_PATTERNS,
  SECURITY_HEADERS,
  SHORT_CACHE,
  STATED_TYPES,
  namedTypePatterns,
} from './headers.ts';

/** One entry at the top of the built site. */
export interface TopLevelEntry {
  name: string;
  isFolder: boolean;
}

/** Folders whose files are cached by their own rules (IMMUTABLE_PATTERNS and Pagefind's entry files). */
const OWN_RULES = new Set(['_astro', 'pagefind']);

type Rule = [pattern: string, headers: Record<string, string>];

/** The `_headers` rules, in file order. */
export function headerRules(topLevel: readonly TopLevelEntry[]): Rule[] {
  const rules: Rule[] = [['/*', { ...SECURITY_HEADERS }]];
  for (const pattern of IMMUTABLE_PATTERNS) rules.push([pattern, { 'Cache-Control': IMMUTABLE_CACHE }]);
  rules.push(['/', { 'Cache-Control': SHORT_CACHE }]);
  rules.push(['/pagefind/:part/:file', { 'Cache-Control': SHORT_CACHE }]);
  const sorted = [...topLevel].sort((a, b) => compareStrings(a.name, b.name));
  for (const entry of sorted) {
    if (OWN_RULES.has(entry.name) || (HOST_FILES as readonly string[]).includes(entry.name)) continue;
    rules.push([entry.isFolder ? `/${entry.name}/*` : `/${entry.name}`, { 'Cache-Control': SHORT_CACHE }]);
  }
  for (const extension of STATED_TYPES) rules.push([`/*${extension}`, { 'Content-Type': CONTENT_TYPES[extension]! }]);
  for (const [pattern, type] of namedTypePatterns()) rules.push([pattern, { 'Content-Type': type }]);
  return rules;
}

/** The `_headers` file (Netlify, Cloudflare Pages). */
export function headersFile(topLevel: readonly TopLevelEntry[]): string {
  const blocks = headerRules(topLevel).map(([pattern, headers]) =>
    [pattern, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n'),
  );
  return `# Written by "npm run build" from src/domain/hosting/headers.ts; do not edit.\n${blocks.join('\n\n')}\n`;
}

/** nginx quotes: the policy holds single quotes and semicolons, so double-quote every value. */
const addHeaders = (headers: Record<string, string>, indent: string) =>
  Object.entries(headers).map(([name, value]) => `${indent}add_header ${name} "${value}" always;`);

/** A `types` block replaces nginx's whole table, so it lists every type the portal uses. */
function typesBlock(): string[] {
  const byType = new Map<string, string[]>();
  for (const [extension, type] of Object.entries(CONTENT_TYPES)) {
    const bare = type.replace(/;.*$/, '');
    byType.set(bare, [...(byType.get(bare) ?? []), extension.slice(1)]);
  }
  return ['types {', ...[...byType].map(([type, extensions]) => `  ${type} ${extensions.join(' ')};`), '}'];
}

/**
 * The nginx snippet: include it inside a `server { … }` block whose `root` is the built site.
 * nginx forgets a server's add_header lines in any location that has its own, so each location
 * repeats the security headers.
 */
export function nginxSnippet(): string {
  const textTypes = [
    ...new Set(
      Object.values(CONTENT_TYPES)
        .filter((t) => t.includes('charset'))
        .map((t) => t.replace(/;.*$/, '')),
    ),
  ];
  const location = (match: string, cache: string, extra: string[] = []) => [
    `location ${match} {`,
    ...addHeaders({ ...SECURITY_HEADERS, 'Cache-Control': cache }, '  '),
    ...extra,
    '}',
  ];
  return [
    '# Written by "npm run build" from src/domain/hosting/headers.ts; do not edit.',
    '# Include inside a server { } block whose root is the built site (dist/), e.g.',
    '#   root /srv/cong-khai-57/dist;  include /srv/cong-khai-57/dist/_nginx.conf;',
    ...typesBlock(),
    'default_type application/octet-stream;',
    'charset utf-8;',
    `charset_types ${textTypes.filter((t) => t !== 'text/html').join(' ')};`,
    'index index.html;',
    'error_page 404 /404.html;',
    "# Compressed on the fly (text only); Pagefind's chunks are gzipped already.",
    'gzip on;',
    'gzip_vary on;',
    'gzip_comp_level 6;',
    `gzip_types ${textTypes.filter((t) => t !== 'text/html').join(' ')} image/svg+xml;`,
    `location ~ ^/(${HOST_FILES.map((f) => f.replace('.', '\\.')).join('|')})$ { return 404; }`,
    ...location('^~ /_astro/', IMMUTABLE_CACHE),
    ...location('~ ^/pagefind/[^/]+/(index|fragment|filter)/', IMMUTABLE_CACHE),
    ...namedTypePatterns().flatMap(([pattern, type]) =>
      location(`~ /${pattern.slice(pattern.lastIndexOf('/') + 1)}$`, SHORT_CACHE, [
        '  types { }',
        `  default_type ${type.replace(/;.*$/, '')};`,
      ]),
    ),
    ...location('/', SHORT_CACHE, ['  try_files $uri $uri/ =404;']),
  ]
    .join('\n')
    .concat('\n');
}
