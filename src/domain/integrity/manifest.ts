/**
 * The release manifest: the data date, the hash of the previous release's manifest, the hash of
 * every record and the event chain of every task, and the SHA-256 of every published file.
 */
import { compareStrings } from '../compare.ts';
import { rawRecords, type Dataset } from '../dataset.ts';
import { sha256 } from '../../lib/sha256.ts';
import { canonicalJson } from './canonical.ts';
import { eventChain, recordHash, type ChainLink } from './chain.ts';

export interface Manifest {
  format: 1;
  dataDate: string;
  /** SHA-256 of the previous release's manifest file; null for the first release. */
  previous: string | null;
  /** SHA-256 over all record hashes and event chains: the identity of the data. */
  dataHash: string;
  records: {
    tasks: Record<string, string>;
    agencies: Record<string, string>;
    sources: Record<string, string>;
    indicators: Record<string, string>;
    /** Kept since releases carry their records; absent in the 2026-03-13 release. */
    assessments?: Record<string, string>;
    dataset?: string;
  };
  events: Record<string, ChainLink[]>;
  files: Record<string, string>;
  /**
   * SHA-256 of each file as the offline archive carries it where that differs from the site's (pages
   * and style sheets with relative links, README.txt), so a signature covers every archived file.
   * Absent in releases recorded before archives were covered (2026-03-13, 2026-12-01).
   */
  archive?: Record<string, string>;
}

const hashes = <T extends { id: string }>(records: readonly T[]) =>
  Object.fromEntries([...records].sort((a, b) => compareStrings(a.id, b.id)).map((r) => [r.id, recordHash(r)]));

export function dataPart(indexed: Dataset): Pick<Manifest, 'dataHash' | 'records' | 'events'> {
  const data = rawRecords(indexed);
  const records = {
    tasks: hashes(data.tasks),
    agencies: hashes(data.agencies),
    sources: hashes(data.sources),
    indicators: hashes(data.indicators),
    assessments: hashes(data.assessments),
    dataset: recordHash(data.meta),
  };
  const events = Object.fromEntries([...data.tasks].sort((a, b) => compareStrings(a.id, b.id)).map((t) => [t.id, eventChain(t)]));
  return { dataHash: sha256(canonicalJson({ records, events, dataDate: data.meta.asOf })), records, events };
}

/** @param part the data's hashes when the caller has them already (a build computes them once) */
export function buildManifest(
  data: Dataset,
  files: Record<string, string>,
  previous: string | null,
  part = dataPart(data),
  archive?: Record<string, string>,
): Manifest {
  return { format: 1, dataDate: data.meta.asOf, previous, ...part, files, ...(archive ? { archive } : {}) };
}

/** The manifest as written to disk; its SHA-256 is what the next release records as `previous`. */
export function manifestText(manifest: Manifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
