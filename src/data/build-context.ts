/**
 * The build's one context: its settings, the checked dataset and what is worked out from it once
 * (record hashes, the Changes and Progress listings, the standing against the signed release, the
 * evidence ledger, each body's record). The Astro integration that checks the data makes it (src/integrations/data-check.ts)
 * and passes it to the after-build steps; pages receive the same data through the typed virtual
 * module `virtual:ck57/build-context` (src/data/dataset.ts). Nothing travels through a global.
 */
import type { IndexedDataset, TaskView } from '../domain/dataset.ts';
import { indexDataset, type Dataset } from '../domain/dataset.ts';
import { dataPart } from '../domain/integrity/manifest.ts';
import type { ListingPage } from '../domain/listing/pager.ts';
import type { EvidenceChecks } from '../domain/schema/evidence-check.ts';
import { changesListing, type ChangesListing } from './changes-listing.ts';
import { buildEvidenceLedger } from './evidence-ledger.ts';
import { progressPages } from './progress-listing.ts';
import { releaseBasis, type BasedOn } from './release-standing.ts';
import type { BuildSettings } from './build-settings.ts';
import { bodyRecords, type BodyRecord } from '../domain/responsibility.ts';

export type DataPart = ReturnType<typeof dataPart>;

export interface BuildContext {
  readonly settings: BuildSettings;
  readonly dataset: IndexedDataset;
  /** Record hashes and event chains: the manifest's data part. Each field below is computed at most once. */
  readonly dataPart: DataPart;
  readonly changes: ChangesListing;
  readonly progressPages: ListingPage<TaskView>[];
  /** The signed release this data is based on, and how far it moved since. */
  readonly basedOn: BasedOn;
  readonly evidenceLedger: EvidenceChecks;
  /** Each body's record (tasks led, counts, on-time figure) by body id, for the body pages. */
  readonly bodyRecords: ReadonlyMap<string, BodyRecord>;
}

/** A value computed on first use, then kept. */
function once<T>(compute: () => T): () => T {
  let kept: { value: T } | undefined;
  return () => (kept ??= { value: compute() }).value;
}

/**
 * The context of a build of `dataset`.
 * @param known what was computed already (the data part carried by the virtual module)
 * @example createBuildContext(buildSettings(), loadDataset(root, dir)).dataPart.dataHash
 */
export function createBuildContext(settings: BuildSettings, dataset: IndexedDataset, known: { dataPart?: DataPart } = {}): BuildContext {
  const part = once(() => known.dataPart ?? dataPart(dataset));
  const changes = once(() =>
    changesListing(dataset, { dataHash: part().dataHash, root: settings.root, releasesDir: settings.releasesDir }),
  );
  const progress = once(() => progressPages(dataset));
  const basedOn = once(() => releaseBasis(settings, dataset.meta.asOf, part()));
  const ledger = once(() => buildEvidenceLedger(settings, dataset));
  const bodies = once(() => new Map(bodyRecords(dataset).map((r) => [r.agencyId, r])));
  return {
    settings,
    dataset,
    get dataPart() {
      return part();
    },
    get changes() {
      return changes();
    },
    get progressPages() {
      return progress();
    },
    get basedOn() {
      return basedOn();
    },
    get evidenceLedger() {
      return ledger();
    },
    get bodyRecords() {
      return bodies();
    },
  };
}

/** What the integration hands the pages' module graph: plain data, written as JSON. */
export interface BuildSnapshot {
  settings: BuildSettings;
  /** Every reason the data may not be built, one a line; empty when it may (then `published` is set). */
  problems: string[];
  published: Dataset | null;
  dataPart: DataPart | null;
}

export function contextSnapshot(context: BuildContext): BuildSnapshot {
  return { settings: context.settings, problems: [], published: context.dataset.published, dataPart: context.dataPart };
}

/** The context again, on the pages' side; null when the data has problems. */
export function contextFromSnapshot(snapshot: BuildSnapshot): BuildContext | null {
  if (snapshot.problems.length > 0 || snapshot.published === null) return null;
  return createBuildContext(snapshot.settings, indexDataset(snapshot.published), snapshot.dataPart ? { dataPart: snapshot.dataPart } : {});
}
