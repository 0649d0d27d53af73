/**
 * The files of a built site, and the page type of each page: one listing and one classification
 * shared by the search index, the manifest, the archive packer, the benchmark and the tests.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every file under `root`, as sorted paths relative to it with "/" separators ("vi/tasks/x/index.html"). */
export function filesUnder(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(root, join(e.parentPath, e.name)).split('\\').join('/'))
    .sort();
}

/** A page's type ("home", "progress", "tasks/*"), read by the route table; null for a file that is no page. */
export { pageKind as pageType } from '../domain/routes.ts';
