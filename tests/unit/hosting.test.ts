/**
 * The hosting rules (src/domain/hosting/): what each file is served with, the `_headers` file and
 * nginx snippet written from them, and `npm run serve` sending the same, compressed.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { request, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  HEADER_CSP,
  IMMUTABLE_CACHE,
  META_CSP,
  SECURITY_HEADERS,
  SHORT_CACHE,
  headersFor,
  matchesPattern,
} from '../../src/domain/hosting/headers.ts';
import { headerRules, headersFile, nginxSnippet } from '../../src/domain/hosting/host-files.ts';
import { chooseEncoding } from '../../src/cli/serve-file.ts';
import { serve } from '../../src/cli/serve.ts';

// The top of the fixture's built site.
const TOP_LEVEL = [
  ...['_astro', 'data', 'downloads', 'en', 'fr', 'id', 'nl', 'pagefind', 'release', 'ru', 'search-offline', 'uk', 'vi'].map((name) => ({
    name,
    isFolder: true,
  })),
  ...['404.html', 'favicon.svg', 'index.html', 'robots.txt', 'sitemap-1.xml', 'sitemap.xml'].map((name) => ({ name, isFolder: false })),
];

describe('the header rules', () => {
  it('cache hashed assets and Pagefind chunks for a year, everything else briefly', () => {
    expect(headersFor('/_astro/Base.CYND6LSm.css')['Cache-Control']).toBe(IMMUTABLE_CACHE);
    expect(headersFor('/pagefind/vi-2/fragment/vi_3f2a.pf_fragment')['Cache-Control']).toBe(IMMUTABLE_CACHE);
    expect(headersFor('/pagefind/vi/index/vi_91b0.pf_index')['Cache-Control']).toBe(IMMUTABLE_CACHE);
    expect(headersFor('/pagefind/vi/filter/vi_77aa.pf_filter')['Cache-Control']).toBe(IMMUTABLE_CACHE);
    // Pagefind's entry files keep their names across releases.
    expect(headersFor('/pagefind/vi/pagefind.js')['Cache-Control']).toBe(SHORT_CACHE);
    expect(headersFor('/pagefind/vi/pagefind.vi_ffe5adae3a.pf_meta')['Cache-Control']).toBe(SHORT_CACHE);
    expect(headersFor('/vi/progress/index.html')['Cache-Control']).toBe(SHORT_CACHE);
    expect(headersFor('/data/tasks.csv')['Cache-Control']).toBe(SHORT_CACHE);
  });

  it('give each kind of file its type', () => {
    const type = (path: string) => headersFor(path)['Content-Type'];
    expect(type('/vi/index.html')).toBe('text/html; charset=utf-8');
    expect(type('/vi/feeds/tasks/x.ics')).toBe('text/calendar; charset=utf-8');
    expect(type('/vi/feeds/changes.atom')).toBe('application/atom+xml; charset=utf-8');
    expect(type('/data/tasks.csv')).toBe('text/csv; charset=utf-8');
    expect(type('/downloads/cong-khai-57-2026-03-13.zip')).toBe('application/zip');
    expect(type('/downloads/cong-khai-57-2026-03-13.zip.sha256')).toBe('text/plain; charset=utf-8');
    expect(type('/downloads/SHA256SUMS')).toBe('text/plain; charset=utf-8');
    expect(type('/pagefind/vi/wasm.unknown.pagefind')).toBe('application/octet-stream');
    expect(type('/something.unheard-of')).toBe('application/octet-stream');
  });

  it('send the policy with frame-ancestors as a header, which a <meta> policy cannot hold', () => {
    expect(HEADER_CSP).toBe(`${META_CSP}; frame-ancestors 'none'`);
    expect(META_CSP).not.toContain('frame-ancestors');
    expect(headersFor('/vi/index.html')['Content-Security-Policy']).toBe(HEADER_CSP);
  });

  it('match _headers patterns: ":name" one segment, "*" the rest', () => {
    expect(matchesPattern('/pagefind/vi-2/index/a.pf_index', '/pagefind/:part/index/*')).toBe(true);
    expect(matchesPattern('/pagefind/vi/pagefind.js', '/pagefind/:part/:file')).toBe(true);
    expect(matchesPattern('/pagefind/vi/index/a.pf_index', '/pagefind/:part/:file')).toBe(false);
    expect(matchesPattern('/vi/feeds/a.ics', '/*.ics')).toBe(true);
    expect(matchesPattern('/vi/feeds/a.ics.html', '/*.ics')).toBe(false);
    expect(matchesPattern('/', '/')).toBe(true);
  });
});

describe('the _headers file', () => {
  const rules = headerRules(TOP_LEVEL);
  /** What a host gives `path`; a header two matching rules both set would differ between hosts. */
  function hostHeaders(path: string): Record<string, string> {
    const merged: Record<string, string> = {};
    for (const [pattern, headers] of rules.filter(([pattern]) => matchesPattern(path, pattern))) {
      for (const [name, value] of Object.entries(headers)) {
        expect(merged[name], `${path}: ${name} set twice (again by ${pattern})`).toBeUndefined();
        merged[name] = value;
      }
    }
    return merged;
  }
  const samples = [
    '/',
    '/index.html',
    '/404.html',
    '/favicon.svg',
    '/vi/',
    '/vi/progress/index.html',
    '/en/feeds/tasks/t-1.ics',
    '/data/tasks.csv',
    '/downloads/SHA256SUMS',
    '/downloads/cong-khai-57-2026-03-13.zip.sha256',
    '/release/manifest.json',
    '/search-offline/vi.js',
    '/_astro/Base.CYND6LSm.css',
    '/pagefind/vi/pagefind.js',
    '/pagefind/vi/parts.json',
    '/pagefind/vi-3/pagefind-entry.json',
    '/pagefind/vi/fragment/vi_3f2a.pf_fragment',
    '/pagefind/uk/index/uk_11.pf_index',
  ];

  it.each(samples)('gives %s exactly the security and cache headers npm run serve sends', (path) => {
    const host = hostHeaders(path);
    const served = headersFor(path.endsWith('/') ? `${path}index.html` : path);
    for (const name of [...Object.keys(SECURITY_HEADERS), 'Cache-Control']) expect(host[name], name).toBe(served[name]);
    if (host['Content-Type']) expect(host['Content-Type']).toBe(served['Content-Type']);
  });

  it('states the types hosts may not know', () => {
    expect(hostHeaders('/en/feeds/tasks/t-1.ics')['Content-Type']).toBe('text/calendar; charset=utf-8');
    expect(hostHeaders('/downloads/SHA256SUMS')['Content-Type']).toBe('text/plain; charset=utf-8');
    expect(hostHeaders('/en/feeds/changes.atom')['Content-Type']).toBe('application/atom+xml; charset=utf-8');
  });

  it('is written as indented "Name: value" lines under each pattern', () => {
    const text = headersFile(TOP_LEVEL);
    expect(text).toContain(`/_astro/*\n  Cache-Control: ${IMMUTABLE_CACHE}\n`);
    expect(text).toContain(`/vi/*\n  Cache-Control: ${SHORT_CACHE}\n`);
    expect(text).toContain(`/*\n  Content-Security-Policy: ${HEADER_CSP}\n`);
    expect(text).not.toMatch(/^\/_headers$/m);
  });
});

describe('the nginx snippet', () => {
  const snippet = nginxSnippet();
  it('repeats the security headers in every location (nginx drops inherited add_header lines)', () => {
    const locations = snippet
      .split(/\nlocation /)
      .slice(1)
      .filter((block) => block.includes('add_header'));
    expect(locations).toHaveLength(4);
    for (const block of locations) expect(block).toContain(`add_header Content-Security-Policy "${HEADER_CSP}" always;`);
  });

  it('caches hashed files for a year, hides the host files, and types calendars and checksums', () => {
    expect(snippet).toContain(`location ^~ /_astro/ {\n  add_header Content-Security-Policy`);
    expect(snippet).toContain(`add_header Cache-Control "${IMMUTABLE_CACHE}" always;`);
    expect(snippet).toContain('location ~ ^/(_headers|_nginx\\.conf)$ { return 404; }');
    expect(snippet).toContain('  text/calendar ics;');
    expect(snippet).toContain('  text/plain txt sha256;');
    // charset utf-8 adds the charset to text/plain.
    expect(snippet).toContain('location ~ /SHA256SUMS$ {');
    expect(snippet).toContain('  default_type text/plain;');
  });
});

describe('npm run serve', () => {
  let root: string;
  let server: Server;
  let base: string;
  const page = `<!doctype html><title>t</title>${'<p>Tiến độ nhiệm vụ</p>'.repeat(200)}`;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'ck57-serve-'));
    mkdirSync(join(root, 'vi'));
    mkdirSync(join(root, '_astro'));
    mkdirSync(join(root, 'pagefind', 'vi', 'fragment'), { recursive: true });
    writeFileSync(join(root, 'vi', 'index.html'), page);
    writeFileSync(join(root, '404.html'), '<!doctype html><title>404</title>');
    writeFileSync(join(root, '_astro', 'Base.abc123.css'), 'body{color:black}'.repeat(50));
    writeFileSync(join(root, 'pagefind', 'vi', 'fragment', 'vi_1.pf_fragment'), Buffer.from([0x1f, 0x8b, 1, 2, 3]));
    writeFileSync(join(root, '_headers'), '/*\n  X-Test: 1\n');
    server = await serve(root, 0);
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.close();
    rmSync(root, { recursive: true, force: true });
  });

  /** A raw GET (fetch would undo the compression under test). */
  const get = (path: string, headers: Record<string, string> = {}) =>
    new Promise<{ status: number; headers: { get(name: string): string | null }; body: Buffer }>((done, fail) => {
      request(`${base}${path}`, { headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const value = (name: string) => response.headers[name];
          done({
            status: response.statusCode!,
            headers: { get: (name) => (value(name) === undefined ? null : String(value(name))) },
            body: Buffer.concat(chunks),
          });
        });
      })
        .on('error', fail)
        .end();
    });

  it('sends a page Brotli-compressed with the host headers when the browser accepts br', async () => {
    const response = await get('/vi/', { 'accept-encoding': 'gzip, br' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-encoding')).toBe('br');
    expect(response.headers.get('vary')).toBe('Accept-Encoding');
    expect(response.headers.get('content-security-policy')).toBe(HEADER_CSP);
    expect(response.headers.get('cache-control')).toBe(SHORT_CACHE);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const body = response.body;
    expect(body.length).toBeLessThan(Buffer.byteLength(page) / 10);
    expect(brotliDecompressSync(body).toString()).toBe(page);
  });

  it('falls back to gzip, and to none', async () => {
    const gz = await get('/vi/', { 'accept-encoding': 'gzip' });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(page);
    const plain = await get('/vi/', { 'accept-encoding': 'identity' });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(plain.headers.get('content-length')).toBe(String(Buffer.byteLength(page)));
    expect(plain.body.toString()).toBe(page);
  });

  it('answers a revalidation of an unchanged file with 304', async () => {
    const first = await get('/vi/', { 'accept-encoding': 'br' });
    const again = await get('/vi/', { 'accept-encoding': 'br', 'if-none-match': first.headers.get('etag')! });
    expect(again.status).toBe(304);
    expect(again.headers.get('cache-control')).toBe(SHORT_CACHE);
  });

  it('caches hashed assets for a year and leaves Pagefind chunks as stored', async () => {
    const css = await get('/_astro/Base.abc123.css', { 'accept-encoding': 'br' });
    expect(css.headers.get('cache-control')).toBe(IMMUTABLE_CACHE);
    const chunk = await get('/pagefind/vi/fragment/vi_1.pf_fragment', { 'accept-encoding': 'br' });
    expect(chunk.headers.get('content-encoding')).toBeNull();
    expect(chunk.headers.get('cache-control')).toBe(IMMUTABLE_CACHE);
    expect([...chunk.body]).toEqual([0x1f, 0x8b, 1, 2, 3]);
  });

  it('redirects a folder without its slash, with the security headers', async () => {
    const response = await get('/vi');
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/vi/');
    expect(response.headers.get('content-security-policy')).toBe(HEADER_CSP);
  });

  it('never hands out the host configuration, and sends the 404 page with the same headers', async () => {
    const response = await get('/_headers');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toBe(HEADER_CSP);
    expect(response.body.toString()).toContain('<title>404</title>');
  });
});

describe('choosing an encoding', () => {
  it('prefers Brotli, honours q=0, and sends none when nothing fits', () => {
    expect(chooseEncoding('gzip, deflate, br')).toBe('br');
    expect(chooseEncoding('br;q=0, gzip')).toBe('gzip');
    expect(chooseEncoding('deflate')).toBeNull();
    expect(chooseEncoding(undefined)).toBeNull();
  });
});
