/** Read the content folder into memory, as the data check and the release tools expect it. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import type { RawContent, RawFile } from '../domain/validate/validate-content.ts';

/** A path as an editor would look for it: from the project root when inside it, else absolute. */
function shown(root: string, path: string): string {
  const rel = relative(root, path);
  return (rel.startsWith('..') || isAbsolute(rel) ? path : rel).split('\\').join('/');
}

function readJsonFiles(root: string, dir: string): RawFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({ path: shown(root, join(dir, name)), text: readFileSync(join(dir, name), 'utf8') }));
}

/**
 * @param root the project root
 * @param contentDir the content folder, relative to root or absolute: "content" for the real data
 */
export function readContent(root: string, contentDir = 'content'): RawContent {
  const base = resolve(root, contentDir);
  const metaPath = join(base, 'dataset.json');
  return {
    meta: existsSync(metaPath) ? { path: shown(root, metaPath), text: readFileSync(metaPath, 'utf8') } : { path: shown(root, metaPath), text: '' },
    agencies: readJsonFiles(root, join(base, 'agencies')),
    sources: readJsonFiles(root, join(base, 'sources')),
    tasks: readJsonFiles(root, join(base, 'tasks')),
    indicators: readJsonFiles(root, join(base, 'indicators')),
    assessments: readJsonFiles(root, join(base, 'assessments')),
  };
}
