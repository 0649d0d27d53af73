/** Read the content folder into memory, as the data check and the release tools expect it. */
import { compareStrings } from '../domain/compare.ts';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import type { RawContent, RawFile } from '../domain/validate/validate-content.ts';

/** A path as an editor would look for it: from the project root when inside it, else absolute. */
function shown(root: string, path: string): string {
  const rel = relative(root, path);
  return (rel.startsWith('..') || isAbsolute(rel) ? path : rel).split('\\').join('/');
}

type Skipped = NonNullable<RawContent['skipped']>;

/** The folder's *.json files; anything else in it is listed in `skipped`, never silently ignored. */
function readJsonFiles(root: string, dir: string, skipped: Skipped): RawFile[] {
  if (!existsSync(dir)) return [];
  const files: RawFile[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => compareStrings(a.name, b.name))) {
    const path = join(dir, entry.name);
    if (entry.isFile() && entry.name.endsWith('.json')) files.push({ path: shown(root, path), text: readFileSync(path, 'utf8') });
    else if (!(entry.isFile() && entry.name === README)) skipped.push({ path: shown(root, path), folder: entry.isDirectory() });
  }
  return files;
}

/** The evidence ledger, read apart (src/data/evidence-ledger.ts): when each evidence link was checked. */
export const EVIDENCE_LEDGER = 'evidence-checks.json';

/** Notes for editors, which a data folder may hold beside its records. */
const README = 'README.md';

const FOLDERS = ['agencies', 'sources', 'tasks', 'indicators', 'assessments'] as const;

/** The editorial pages (MDX), read and checked apart (src/data/read-prose.ts). */
const PROSE_FOLDER = 'pages';

/** The translation ledgers, read and checked apart (src/data/translation-ledger.ts). */
const LEDGER_FOLDER = 'translations';

/**
 * @param root the project root
 * @param contentDir the content folder, relative to root or absolute: "content" for the real data
 */
export function readContent(root: string, contentDir = 'content'): RawContent {
  const base = resolve(root, contentDir);
  const metaPath = join(base, 'dataset.json');
  const skipped: Skipped = [];
  if (existsSync(base)) {
    for (const entry of readdirSync(base, { withFileTypes: true })) {
      const known = entry.isDirectory()
        ? [...FOLDERS, PROSE_FOLDER, LEDGER_FOLDER].includes(entry.name)
        : entry.name === 'dataset.json' || entry.name === README || entry.name === EVIDENCE_LEDGER;
      if (!known) skipped.push({ path: shown(root, join(base, entry.name)), folder: entry.isDirectory() });
    }
  }
  return {
    meta: existsSync(metaPath)
      ? { path: shown(root, metaPath), text: readFileSync(metaPath, 'utf8') }
      : { path: shown(root, metaPath), text: '' },
    agencies: readJsonFiles(root, join(base, 'agencies'), skipped),
    sources: readJsonFiles(root, join(base, 'sources'), skipped),
    tasks: readJsonFiles(root, join(base, 'tasks'), skipped),
    indicators: readJsonFiles(root, join(base, 'indicators'), skipped),
    assessments: readJsonFiles(root, join(base, 'assessments'), skipped),
    skipped: skipped.sort((a, b) => compareStrings(a.path, b.path)),
  };
}
