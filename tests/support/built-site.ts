/** The built site as the after-build tests see it: its folder, its pages, one page of each type. */
import { resolve } from 'node:path';
import { filesUnder } from '../../src/data/site-files.ts';
import { filePage, pageKind, parsePagePath } from '../../src/domain/routes.ts';

/** The folder `npm run build` wrote (CK57_DIST when set). */
export const distDir = resolve(process.env['CK57_DIST'] ?? 'dist');

/** Every file of the built site, as URL paths ("/vi/tasks/x/index.html"), sorted. */
export function builtFiles(dir = distDir): string[] {
  return filesUnder(dir).map((path) => `/${path}`);
}

export function htmlPages(dir = distDir): string[] {
  return builtFiles(dir).filter((f) => f.endsWith('.html'));
}

/**
 * One page per page type and locale: "/vi/" (home), "/vi/progress/", "/vi/tasks/<first>/", …
 * A page type is its section in the route table plus whether it is a page below it (src/domain/routes.ts).
 */
export function pageTypeSamples(dir = distDir): { locale: string; type: string; url: string }[] {
  const samples = new Map<string, { locale: string; type: string; url: string }>();
  for (const file of htmlPages(dir)) {
    const route = parsePagePath(file);
    const type = pageKind(file);
    if (route === null || type === null) continue;
    const key = `${route.locale}:${type}`;
    if (!samples.has(key)) samples.set(key, { locale: route.locale, type, url: filePage(file) });
  }
  return [...samples.values()];
}
