/**
 * A release's records as published (records.json beside its manifest), and the proof that they
 * are: every record must hash to the manifest's record hash and every task's events to its event
 * chain, with no record more or less. A snapshot that fails this proves nothing and is refused.
 */
import { compareStrings } from '../compare.ts';
import { rawRecords, type Dataset } from '../dataset.ts';
import { eventChain, recordHash } from './chain.ts';
import type { Manifest } from './manifest.ts';
import type { PublishedRecords } from './published.ts';

const byId = <T extends { id: string }>(list: readonly T[]) => [...list].sort((a, b) => compareStrings(a.id, b.id));

export function snapshotOf(indexed: Dataset): PublishedRecords {
  const data = rawRecords(indexed);
  return {
    dataDate: data.meta.asOf,
    tasks: byId(data.tasks),
    agencies: byId(data.agencies),
    sources: byId(data.sources),
    indicators: byId(data.indicators),
    assessments: byId(data.assessments),
    dataset: data.meta,
  };
}

/** Records.json as written: one record a line would diff well, but stable JSON is what matters. */
export function snapshotText(snapshot: PublishedRecords): string {
  return `${JSON.stringify(snapshot, null, 1)}\n`;
}

type Kind = 'tasks' | 'agencies' | 'sources' | 'indicators' | 'assessments';

/** Why the snapshot is not what the manifest recorded; empty when every record is proven. */
export function unprovenRecords(snapshot: PublishedRecords, manifest: Pick<Manifest, 'records' | 'events' | 'dataDate'>): string[] {
  const problems: string[] = [];
  if (snapshot.dataDate !== manifest.dataDate)
    problems.push(`dataDate is ${JSON.stringify(snapshot.dataDate)}, the manifest's is ${JSON.stringify(manifest.dataDate)}`);
  for (const kind of ['tasks', 'agencies', 'sources', 'indicators', 'assessments'] as Kind[]) {
    const recorded = manifest.records[kind];
    const records = snapshot[kind] as { id: string }[] | undefined;
    if (recorded === undefined || records === undefined) {
      if (recorded !== records)
        problems.push(
          `${kind}: ${recorded === undefined ? 'the manifest records no hashes to prove them' : 'missing, though the manifest records them'}`,
        );
      continue;
    }
    if (!Array.isArray(records)) {
      problems.push(`${kind}: expected a list of records`);
      continue;
    }
    const seen = new Set<string>();
    for (const record of records) {
      seen.add(record.id);
      const hash = recorded[record.id];
      if (hash === undefined) problems.push(`${kind}/${record.id}: not in the manifest`);
      else if (hash !== recordHash(record)) problems.push(`${kind}/${record.id}: does not match the manifest's hash`);
    }
    for (const id of Object.keys(recorded)) if (!seen.has(id)) problems.push(`${kind}/${id}: in the manifest, missing here`);
  }
  if ((manifest.records.dataset === undefined) !== (snapshot.dataset === undefined))
    problems.push('dataset: present in one of the snapshot and the manifest only');
  else if (snapshot.dataset !== undefined && recordHash(snapshot.dataset) !== manifest.records.dataset)
    problems.push("dataset: does not match the manifest's hash");
  for (const task of Array.isArray(snapshot.tasks) ? snapshot.tasks : []) {
    const chain = manifest.events[task.id];
    const now = Array.isArray(task.history) ? eventChain(task) : [];
    if (chain === undefined || chain.length !== now.length || chain.some((l, i) => l.hash !== now[i]!.hash || l.id !== now[i]!.id)) {
      problems.push(`tasks/${task.id}: its events do not match the manifest's event chain`);
    }
  }
  return problems;
}
