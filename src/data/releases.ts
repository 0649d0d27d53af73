/** Recorded releases, kept in the repository as releases/<data date>/manifest.json. */
import { compareStrings } from '../domain/compare.ts';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { sha256 } from '../lib/sha256.ts';
import type { Manifest } from '../domain/integrity/manifest.ts';
import type { PublishedRecords } from '../domain/integrity/published.ts';
import { releasesDir } from './content-dir.ts';

/** Where `npm run release:record` keeps the real record's releases. */
export const RELEASES_DIR = 'releases';

export interface RecordedRelease {
  path: string;
  manifest: Manifest;
  /** SHA-256 of the manifest file as recorded. */
  sha256: string;
  /** The manifest's text, byte for byte, as its signature covers it. */
  text: string;
  /** records.json beside the manifest: the records as published; null when only hashes were kept. */
  records: { path: string; value: PublishedRecords } | null;
}

/** Beside each manifest, the release's records and its signature (`ssh-keygen -Y sign`). */
export const RECORDS_FILE = 'records.json';
export const SIGNATURE_FILE = 'manifest.json.sig';
/** The public keys allowed to sign releases, in OpenSSH's allowed_signers format, in the releases folder. */
export const ALLOWED_SIGNERS_FILE = 'allowed_signers';

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
      const recordsPath = join(folder, name, RECORDS_FILE);
      const records = existsSync(resolve(root, recordsPath))
        ? { path: recordsPath, value: JSON.parse(readFileSync(resolve(root, recordsPath), 'utf8')) as PublishedRecords }
        : null;
      return { path, manifest: JSON.parse(text) as Manifest, sha256: sha256(text), text, records };
    })
    .sort((a, b) => compareStrings(a.manifest.dataDate, b.manifest.dataDate));
}

/** The newest release strictly before the data date: the one a new release chains to. */
export function previousRelease(root: string, asOf: string): RecordedRelease | undefined {
  return recordedReleases(root)
    .filter((r) => r.manifest.dataDate < asOf)
    .at(-1);
}

/** The newest release at or before the data date: what the "changes since" page counts from. */
export function latestRelease(root: string, asOf: string): RecordedRelease | undefined {
  return recordedReleases(root)
    .filter((r) => r.manifest.dataDate <= asOf)
    .at(-1);
}

/**
 * Where data of this date and hash stands among the recorded releases: `latest`, the newest at or
 * before its date; `before`, the newest strictly before it; `isLatest`, whether the data is exactly that release (same data hash, not merely
 * the same date); `followed`, the release it follows — the one before when it is the latest itself,
 * else the latest, so corrections added after a release was recorded on the same date chain to it.
 */
export function releaseStanding(
  root: string,
  asOf: string,
  dataHash: string,
  folder: string | null = releasesDir,
): { latest: RecordedRelease | undefined; before: RecordedRelease | undefined; isLatest: boolean; followed: RecordedRelease | undefined } {
  const byDate = recordedReleases(root, folder).filter((r) => r.manifest.dataDate <= asOf);
  const latest = byDate.at(-1);
  const before = byDate.filter((r) => r.manifest.dataDate < asOf).at(-1);
  const isLatest = latest?.manifest.dataHash === dataHash;
  return { latest, before, isLatest, followed: isLatest ? before : latest };
}

/** The newest recorded release whatever the data's date: the one the data must keep (and not predate). */
export function newestRelease(root: string, folder: string | null = releasesDir): RecordedRelease | undefined {
  return recordedReleases(root, folder).at(-1);
}
