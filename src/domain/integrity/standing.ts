/**
 * Where the data and each record stand against a signed release: exactly as released, changed
 * since (any byte of the record as published: a translation added counts), or added since. Worked
 * out from record hashes, the same ones the manifest lists.
 */
import type { Manifest } from './manifest.ts';

export const RECORD_KINDS = ['tasks', 'agencies', 'sources', 'indicators'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

export type RecordStanding = 'as-released' | 'changed' | 'added';

/** A record of this hash against the release's records; `added` when the release did not have it. */
export function recordStanding(release: Pick<Manifest, 'records'>, kind: RecordKind, id: string, hash: string): RecordStanding {
  const released = release.records[kind][id];
  if (released === undefined) return 'added';
  return released === hash ? 'as-released' : 'changed';
}

/** How many records changed or were added since the release, over the four kinds a page shows. */
export function changesSince(release: Pick<Manifest, 'records'>, current: Pick<Manifest, 'records'>): { changed: number; added: number } {
  let changed = 0;
  let added = 0;
  for (const kind of RECORD_KINDS)
    for (const [id, hash] of Object.entries(current.records[kind])) {
      const standing = recordStanding(release, kind, id, hash);
      if (standing === 'changed') changed += 1;
      else if (standing === 'added') added += 1;
    }
  return { changed, added };
}
