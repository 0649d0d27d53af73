/**
 * The signed release this build's pages are based on — the newest recorded at or before the data
 * date — and what changed since, for the pages that say so (Open data, Methodology, "Cite this").
 * Worked out once per build, in its context (src/data/build-context.ts).
 */
import type { BuildContext, DataPart } from './build-context.ts';
import type { BuildSettings } from './build-settings.ts';
import { releaseStanding } from './releases.ts';
import { changesSince, recordStanding, type RecordKind, type RecordStanding } from '../domain/integrity/standing.ts';
import type { Manifest } from '../domain/integrity/manifest.ts';

export interface BasedOn {
  /** The signed release's data date and its manifest's SHA-256; null when none is recorded. */
  release: { date: string; sha256: string; records: Manifest['records'] } | null;
  /** The data is exactly that release (same data hash). */
  exact: boolean;
  changed: number;
  added: number;
}

/** Where data of `asOf` with this data part stands against the build's recorded releases. */
export function releaseBasis({ root, releasesDir }: BuildSettings, asOf: string, part: DataPart): BasedOn {
  const { latest, isLatest } = releaseStanding(root, asOf, part.dataHash, releasesDir);
  if (!latest) return { release: null, exact: false, changed: 0, added: 0 };
  const { changed, added } = isLatest ? { changed: 0, added: 0 } : changesSince(latest.manifest, part);
  return {
    release: { date: latest.manifest.dataDate, sha256: latest.sha256, records: latest.manifest.records },
    exact: isLatest,
    changed,
    added,
  };
}

/** A record's hash in this build's manifest and where it stands against the signed release (null: none recorded). */
export function recordRelease(
  context: BuildContext,
  kind: RecordKind,
  id: string,
): { hash: string; standing: RecordStanding | null; release: string | null } {
  const hash = context.dataPart.records[kind][id];
  if (hash === undefined) throw new Error(`No ${kind} record "${id}" in this build's data.`);
  const { release } = context.basedOn;
  return { hash, standing: release ? recordStanding(release, kind, id, hash) : null, release: release?.date ?? null };
}
