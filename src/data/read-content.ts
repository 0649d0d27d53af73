/** Read the content folder into memory, as the data check and the release tools expect it. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { RawContent, RawFile } from '../domain/validate/validate-content.ts';

function readJsonFiles(root: string, dir: string): RawFile[] {
  const full = join(root, dir);
  if (!existsSync(full)) return [];
  return readdirSync(full)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({ path: relative(root, join(full, name)).split('\\').join('/'), text: readFileSync(join(full, name), 'utf8') }));
}

/**
 * @param root the project root (or any folder laid out like it)
 * @param contentDir the content folder relative to root: "content" for the real data
 */
export function readContent(root: string, contentDir = 'content'): RawContent {
  const metaPath = join(root, contentDir, 'dataset.json');
  return {
    meta: existsSync(metaPath) ? { path: relative(root, metaPath).split('\\').join('/'), text: readFileSync(metaPath, 'utf8') } : null,
    agencies: readJsonFiles(root, join(contentDir, 'agencies')),
    sources: readJsonFiles(root, join(contentDir, 'sources')),
    tasks: readJsonFiles(root, join(contentDir, 'tasks')),
    indicators: readJsonFiles(root, join(contentDir, 'indicators')),
  };
}
