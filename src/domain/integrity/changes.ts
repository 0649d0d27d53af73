/**
 * What changed, from the records themselves: new tasks, status reports, deadline changes,
 * transfers, corrections and checks in a task's history, and the revisions and withdrawals of
 * every kind of record (a renamed body, a re-worded title, a revised figure), newest first; and
 * what a release did not yet contain.
 */
import type { Dataset } from '../dataset.ts';
import type { HistoryEvent, Revision } from '../schema/index.ts';
import type { Manifest } from './manifest.ts';
import type { PublishedRecords } from './published.ts';

export type ChangeKind = 'new-task' | HistoryEvent['type'] | Revision['type'];

/** The kinds of record whose changes are listed (the dataset's own settings are not news). */
export type ChangedCollection = 'tasks' | 'agencies' | 'sources' | 'indicators' | 'assessments';

export interface Change {
  date: string;
  collection: ChangedCollection;
  recordId: string;
  kind: ChangeKind;
  /** The history event or revision behind the change; absent for a new task. */
  eventId?: string;
  /** For a revision: the field it changes ("title", "observations[2].value"). */
  field?: string;
}

const COLLECTIONS = ['tasks', 'agencies', 'sources', 'indicators', 'assessments'] as const satisfies readonly ChangedCollection[];

/** Newest first; on one date, by kind of record, then record, then the order they were added in. */
function byNewest(a: Change, b: Change): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  if (a.collection !== b.collection) return COLLECTIONS.indexOf(a.collection) - COLLECTIONS.indexOf(b.collection);
  return a.recordId === b.recordId ? 0 : a.recordId < b.recordId ? -1 : 1;
}

type Revisable = { id: string; revisions?: Revision[] | undefined };

const revisionChange = (collection: ChangedCollection, record: Revisable, r: Revision): Change => ({
  date: r.date,
  collection,
  recordId: record.id,
  kind: r.type,
  eventId: r.id,
  ...(r.type === 'revision' ? { field: r.field } : {}),
});

const records = (data: Pick<Dataset, ChangedCollection>, collection: ChangedCollection): readonly Revisable[] => data[collection];

export function allChanges(data: Dataset): Change[] {
  const changes: Change[] = [];
  for (const task of data.tasks) {
    changes.push({ date: task.assigned, collection: 'tasks', recordId: task.id, kind: 'new-task' });
    for (const event of task.history)
      changes.push({ date: event.date, collection: 'tasks', recordId: task.id, kind: event.type, eventId: event.id });
  }
  for (const collection of COLLECTIONS)
    for (const record of records(data, collection))
      for (const r of record.revisions ?? []) changes.push(revisionChange(collection, record, r));
  return changes.filter((c) => c.date <= data.meta.asOf).sort(byNewest);
}

/** Changes dated on or after `since`. */
export function changesSince(changes: readonly Change[], since: string): Change[] {
  return changes.filter((c) => c.date >= since);
}

/**
 * What the current data adds to a release: tasks it did not have, events after its last ones, and
 * revisions its records did not have. With the release's records (records.json) a revision is new
 * when the published record lacks it; without them (older releases kept only hashes), when it is
 * dated after the release's data date.
 */
export function changesSinceRelease(
  data: Dataset,
  release: Pick<Manifest, 'events' | 'dataDate'>,
  published: PublishedRecords | null = null,
): Change[] {
  const changes: Change[] = [];
  for (const task of data.tasks) {
    const events = release.events[task.id];
    if (events === undefined) changes.push({ date: task.assigned, collection: 'tasks', recordId: task.id, kind: 'new-task' });
    for (const event of task.history.slice(events?.length ?? 0))
      changes.push({ date: event.date, collection: 'tasks', recordId: task.id, kind: event.type, eventId: event.id });
  }
  for (const collection of COLLECTIONS) {
    const before = new Map(((published?.[collection] ?? []) as Revisable[]).map((r) => [r.id, r]));
    const kept = published !== null && published[collection] !== undefined;
    for (const record of records(data, collection)) {
      const had = new Set((before.get(record.id)?.revisions ?? []).map((r) => r.id));
      for (const r of record.revisions ?? [])
        if (kept ? !had.has(r.id) : r.date > release.dataDate) changes.push(revisionChange(collection, record, r));
    }
  }
  return changes.sort(byNewest);
}
