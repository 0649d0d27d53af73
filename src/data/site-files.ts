/**
 * The files of a built site, and the page type of each page: one listing and one classification
 * shared by the search index, the manifest, the archive packer, the benchmark and the tests.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LOCALE_CODES } from '../i18n/locales.ts';

/** Every file under `root`, as sorted paths relative to it with "/" separators ("vi/tasks/x/index.html"). */
export function filesUnder(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(root, join(e.parentPath, e.name)).split('\\').join('/'))
    .sort();
}

/**
 * A page's type: "home", or the first path segment below the locale ("progress"), with "/*" for a
 * record page below it ("tasks/*"); null for anything that is not a locale's index.html.
 * @example pageType('vi/tasks/x/index.html') // 'tasks/*'
 */
export function pageType(path: string): string | null {
  const parts = path.split('/').filter(Boolean);
  if (parts.length < 2 || parts[parts.length - 1] !== 'index.html' || !(LOCALE_CODES as readonly string[]).includes(parts[0]!)) return null;
  const depth = parts.length - 2;
  return depth === 0 ? 'home' : depth === 1 ? parts[1]! : `${parts[1]}/*`;
}
