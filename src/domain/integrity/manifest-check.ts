/**
 * A manifest handed to `npm run verify` is trusted for nothing: its shape, its own data hash, its
 * completeness (every task's events), and the archive's SHA256SUMS are all checked here, each
 * failure one line naming what and where.
 */
import { z } from 'zod';
import { sha256 } from '../../lib/sha256.ts';
import { isoDate } from '../schema/primitives.ts';
import { duplicateKeys } from '../validate/duplicate-keys.ts';
import { formatPath } from '../validate/problem.ts';
import { canonicalJson } from './canonical.ts';
import type { Manifest } from './manifest.ts';

const hex = z.string().regex(/^[0-9a-f]{64}$/, { error: 'expected a SHA-256 in hex' });
const hashes = z.record(z.string(), hex);

export const manifestSchema = z.strictObject({
  format: z.literal(1, { error: 'expected format 1' }),
  dataDate: isoDate,
  previous: hex.nullable(),
  dataHash: hex,
  records: z.strictObject({
    tasks: hashes,
    agencies: hashes,
    sources: hashes,
    indicators: hashes,
    assessments: hashes.optional(),
    dataset: hex.optional(),
  }),
  events: z.record(z.string(), z.array(z.strictObject({ id: z.string(), hash: hex }))),
  files: hashes,
  archive: hashes.optional(),
});

/** The manifest, or every reason it is not one. */
export function readManifest(text: string): { manifest: Manifest; problems: [] } | { manifest: null; problems: string[] } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { manifest: null, problems: [`not JSON (${error instanceof Error ? error.message : String(error)})`] };
  }
  const repeated = duplicateKeys(text);
  if (repeated.length > 0) return { manifest: null, problems: repeated.map((key) => `${key}: the key is written twice`) };
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success)
    return { manifest: null, problems: parsed.error.issues.slice(0, 5).map((i) => `${formatPath(i.path) || '(top level)'}: ${i.message}`) };
  const manifest = parsed.data as Manifest;
  const problems: string[] = [];
  const { records, events, dataDate } = manifest;
  const computed = sha256(canonicalJson({ records, events, dataDate }));
  if (computed !== manifest.dataHash)
    problems.push(`dataHash: ${manifest.dataHash} is not the hash of its own records and events (${computed})`);
  const tasks = Object.keys(records.tasks).sort();
  const chained = Object.keys(events).sort();
  if (tasks.join('\n') !== chained.join('\n'))
    problems.push(
      `events: the event chains of ${chained.length} tasks for ${tasks.length} recorded tasks; every recorded task needs its chain`,
    );
  return problems.length > 0 ? { manifest: null, problems } : { manifest, problems: [] };
}

/**
 * The archive's entries (path → SHA-256) against the signed manifest: every file must be one it
 * lists, as published (`files`) or as archived (`archive`: pages and style sheets with relative
 * links, README.txt), so an edited page is refused even with SHA256SUMS written anew. release/ is
 * checked by its own signatures and hashes, SHA256SUMS by the entries. A manifest without `archive`
 * (recorded before archives were covered) can vouch only for the files archived as published.
 */
export function archiveEntryProblems(manifest: Manifest, entries: ReadonlyMap<string, string> | null): string[] {
  const problems: string[] = [];
  for (const [entry, hash] of entries ?? []) {
    if (entry === 'SHA256SUMS' || entry.startsWith('release/')) continue;
    if (manifest.archive === undefined) {
      const signed = manifest.files[entry];
      if (signed !== undefined && !/\.(html|css)$/.test(entry) && signed !== hash)
        problems.push(`${entry}: differs from the file the signed manifest lists`);
      continue;
    }
    const signed = manifest.archive[entry] ?? manifest.files[entry];
    if (signed === undefined) problems.push(`${entry}: not a file the signed manifest lists`);
    else if (signed !== hash) problems.push(`${entry}: differs from the file the signed manifest lists`);
  }
  return problems;
}

/** SHA256SUMS against the archive's entries (path → SHA-256): every entry listed, every listed entry matching. */
export function sumsProblems(sums: string, entries: ReadonlyMap<string, string>): string[] {
  const problems: string[] = [];
  const listed = new Map<string, string>();
  for (const [i, line] of sums.split('\n').entries()) {
    if (line === '') continue;
    const match = /^([0-9a-f]{64}) [ *](.+)$/.exec(line);
    if (!match) {
      problems.push(`SHA256SUMS line ${i + 1}: expected "<sha256>  <path>"`);
      continue;
    }
    listed.set(match[2]!, match[1]!);
  }
  for (const [path, hash] of listed) {
    const actual = entries.get(path);
    if (actual === undefined) problems.push(`${path}: listed in SHA256SUMS, missing from the archive`);
    else if (actual !== hash) problems.push(`${path}: does not match its SHA256SUMS line`);
  }
  for (const path of entries.keys())
    if (path !== 'SHA256SUMS' && !listed.has(path)) problems.push(`${path}: in the archive, not listed in SHA256SUMS`);
  return problems;
}
