/** Read the editorial pages (content/pages/**\/*.mdx) for their check. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import type { ProseFile } from '../domain/prose/check-prose.ts';

/** The pages folder inside a content folder. */
export const PAGES_FOLDER = 'pages';

export function readProse(root: string, contentDir: string): ProseFile[] {
  const base = resolve(root, contentDir, PAGES_FOLDER);
  if (!existsSync(base)) return [];
  return readdirSync(base, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.mdx'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort()
    .map((full) => {
      const fromRoot = relative(root, full);
      return {
        path: (fromRoot.startsWith('..') || isAbsolute(fromRoot) ? full : fromRoot).split('\\').join('/'),
        relative: relative(base, full).split('\\').join('/'),
        text: readFileSync(full, 'utf8'),
      };
    });
}
