/**
 * What a reader downloads per page type: gzip sizes of a page's HTML, of the stylesheets it links
 * and of the scripts it loads before search is opened (script tags and their static imports).
 * Shared by the benchmark report and the size-budget test, so both measure the same thing.
 */
import { compareStrings } from '../../domain/compare.ts';
import { readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { filesUnder, pageType } from '../../data/site-files.ts';
import { gzipSync } from 'node:zlib';

export interface PageTypeWeight {
  type: string;
  pages: number;
  /** Pages actually measured (an even sample of at most `sample` per type). */
  measured: number;
  htmlMedian: number;
  htmlMax: number;
  htmlMaxPage: string;
  cssMax: number;
  jsMax: number;
}

function gzipped(bytes: Uint8Array | string): number {
  return gzipSync(bytes, { level: 9 }).length;
}

const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/** URL paths of the stylesheets and classic/module scripts a page loads. */
function assetsOf(html: string): { css: string[]; js: string[] } {
  const css = [...html.matchAll(/<link\b[^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => attr(tag, 'rel') === 'stylesheet')
    .map((tag) => attr(tag, 'href')!);
  const js = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => attr(m[0], 'src')).filter((src): src is string => src !== undefined);
  return { css, js };
}

export function measurePageWeights(root: string, sample = 200): PageTypeWeight[] {
  const byType = new Map<string, string[]>();
  for (const path of filesUnder(root).map((p) => `/${p}`)) {
    const type = pageType(path);
    if (type === null) continue;
    const list = byType.get(type);
    if (list) list.push(path);
    else byType.set(type, [path]);
  }
  const assetSize = new Map<string, number>();
  const read = (urlPath: string) => readFileSync(join(root, urlPath.split('?')[0]!));
  const sizeOf = (path: string) => {
    if (!assetSize.has(path)) assetSize.set(path, gzipped(read(path)));
    return assetSize.get(path)!;
  };
  // A script and everything it imports statically, each file counted once per page.
  const scriptClosure = (entry: string, seen: Set<string>) => {
    if (seen.has(entry) || !entry.startsWith('/')) return;
    seen.add(entry);
    const code = read(entry).toString('utf8');
    for (const m of code.matchAll(/(?:import|from)\s*["']([^"']+\.m?js)["']/g)) {
      scriptClosure(posix.normalize(posix.join(dirname(entry), m[1]!)), seen);
    }
  };
  const result: PageTypeWeight[] = [];
  for (const [type, paths] of [...byType].sort(([a], [b]) => compareStrings(a, b))) {
    const step = Math.max(1, Math.ceil(paths.length / sample));
    const chosen = paths.filter((_, i) => i % step === 0);
    const html: { path: string; size: number }[] = [];
    let cssMax = 0;
    let jsMax = 0;
    for (const path of chosen) {
      const text = read(path).toString('utf8');
      html.push({ path, size: gzipped(text) });
      const { css, js } = assetsOf(text);
      cssMax = Math.max(
        cssMax,
        css.reduce((sum, p) => sum + sizeOf(p), 0),
      );
      const scripts = new Set<string>();
      for (const src of js) scriptClosure(src, scripts);
      jsMax = Math.max(
        jsMax,
        [...scripts].reduce((sum, p) => sum + sizeOf(p), 0),
      );
    }
    const sizes = html.map((h) => h.size).sort((a, b) => a - b);
    const largest = html.reduce((a, b) => (b.size > a.size ? b : a));
    result.push({
      type,
      pages: paths.length,
      measured: chosen.length,
      htmlMedian: sizes[Math.floor(sizes.length / 2)]!,
      htmlMax: largest.size,
      htmlMaxPage: largest.path,
      cssMax,
      jsMax,
    });
  }
  return result;
}
