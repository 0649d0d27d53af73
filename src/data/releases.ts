/** Recorded releases, kept in the repository as releases/<data date>/manifest.json. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { sha256 } from '../domain/archive/sha256sums.ts';
import type { Manifest } from '../domain/integrity/manifest.ts';
import { releasesDir } from './content-dir.ts';

/** Where `npm run release:record` keeps the real record's releases. */
export const RELEASES_DIR = 'releases';

export interface RecordedRelease {
  path: string;
  manifest: Manifest;
  /** SHA-256 of the manifest file as recorded. */
  sha256: string;
}

/** The releases recorded for the data this build reads (none for generated data). */
export function recordedReleases(root: string, folder: string | null = releasesDir): RecordedRelease[] {
  if (folder === null) return [];
  const dir = resolve(root, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => existsSync(join(dir, name, 'manifest.json')))
    .map((name) => {
      const path = join(folder, name, 'manifest.json');
      const text = readFileSync(resolve(root, path), 'utf8');
      return { path, manifest: JSON.parse(text) as Manifest, sha256: sha256(text) };
    })
    .sort((a, b) => (a.manifest.dataDate < b.manifest.dataDate ? -1 : 1));
}

/** The newest release strictly before the data date: the one a new release chains to. */
export function previousRelease(root: string, asOf: string): RecordedRelease | undefined {
  return recordedReleases(root).filter((r) => r.manifest.dataDate < asOf).at(-1);
}

/** The newest release at or before the data date: the one current data must not contradict. */
export function latestRelease(root: string, asOf: string): RecordedRelease | undefined {
  return recordedReleases(root).filter((r) => r.manifest.dataDate <= asOf).at(-1);
}
