/**
 * Every published value is append-only. A release's records (as published) are compared with the
 * current ones field by field: a published value may gain what it did not have (a new
 * translation, a new observation, a new event, a field that was absent), but nothing published
 * may change or go. A change is a new event or revision, which the current record adds.
 */
import type { Agency, Assessment, DatasetMeta, Indicator, Source, Task } from '../schema/index.ts';
import { formatPath } from '../validate/problem.ts';

/** The records of a release as published, kept beside its manifest as records.json. */
export interface PublishedRecords {
  dataDate: string;
  tasks: Task[];
  agencies: Agency[];
  sources: Source[];
  indicators: Indicator[];
  /** Absent in releases recorded before assessments and dataset.json were kept. */
  assessments?: Assessment[];
  dataset?: DatasetMeta;
}

export type Collection = 'tasks' | 'agencies' | 'sources' | 'indicators' | 'assessments' | 'dataset';

export interface Rewrite {
  collection: Collection;
  id: string;
  /** Where in the record, e.g. "deadline" or "observations[1].value"; empty for the whole record. */
  field: string;
  published: unknown;
  /** The current value; undefined when it was removed. */
  found: unknown;
  /** What to add instead. */
  instead: string;
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Paths where `current` does not keep `published`: changed leaves, and removed keys or items. */
function lostValues(
  published: unknown,
  current: unknown,
  path: (string | number)[],
  out: { path: (string | number)[]; found: unknown; published: unknown }[],
): void {
  if (Array.isArray(published) && Array.isArray(current)) {
    published.forEach((item, i) =>
      i < current.length
        ? lostValues(item, current[i], [...path, i], out)
        : out.push({ path: [...path, i], published: item, found: undefined }),
    );
    return;
  }
  if (isObject(published) && isObject(current)) {
    for (const [key, value] of Object.entries(published)) {
      // The editor's schema pointer is no published value: it follows the file's folder.
      if (value === undefined || (path.length === 0 && key === '$schema')) continue;
      if (current[key] === undefined) out.push({ path: [...path, key], published: value, found: undefined });
      else lostValues(value, current[key], [...path, key], out);
    }
    return;
  }
  if (published !== current) out.push({ path, published, found: current });
}

/** The event or revision that makes the change this edit tried to make. */
function insteadFor(collection: Collection, path: (string | number)[]): string {
  const [top, index] = path;
  if (collection === 'dataset') return 'add a "revision" to dataset.json\'s revisions';
  if (collection === 'tasks' && top === 'deadline') return 'add a "deadline" event to history (new date, reason, decidedBy, evidence)';
  if (collection === 'tasks' && top === 'lead') return 'add a "transfer" event to history (new lead, reason, evidence)';
  if (collection === 'tasks' && top === 'history') return `add a "correction" event to history that corrects history[${index}]`;
  if (top === 'revisions') return 'add a further revision; a published one stays as it was';
  return `add a "revision" to revisions (field "${formatPath(path)}", the new value, date, reason, decidedBy, evidence)`;
}

function compareRecords<T extends { id: string }>(
  collection: Collection,
  published: readonly T[],
  current: readonly T[],
  rewrites: Rewrite[],
): void {
  const byId = new Map(current.map((r) => [r.id, r]));
  for (const record of published) {
    const now = byId.get(record.id);
    if (now === undefined) {
      rewrites.push({
        collection,
        id: record.id,
        field: '',
        published: 'the record',
        found: undefined,
        instead: 'keep the record and add a "withdrawal" to its revisions',
      });
      continue;
    }
    const lost: { path: (string | number)[]; found: unknown; published: unknown }[] = [];
    lostValues(record, now, [], lost);
    for (const l of lost)
      rewrites.push({
        collection,
        id: record.id,
        field: formatPath(l.path),
        published: l.published,
        found: l.found,
        instead: insteadFor(collection, l.path),
      });
  }
}

export interface CurrentRecords {
  meta: DatasetMeta;
  tasks: readonly Task[];
  agencies: readonly Agency[];
  sources: readonly Source[];
  indicators: readonly Indicator[];
  assessments: readonly Assessment[];
}

/** Every published value the current records (as in the files, revisions not applied) no longer keep. */
export function rewritesOf(published: PublishedRecords, current: CurrentRecords): Rewrite[] {
  const rewrites: Rewrite[] = [];
  compareRecords('tasks', published.tasks, current.tasks, rewrites);
  compareRecords('agencies', published.agencies, current.agencies, rewrites);
  compareRecords('sources', published.sources, current.sources, rewrites);
  compareRecords('indicators', published.indicators, current.indicators, rewrites);
  if (published.assessments) compareRecords('assessments', published.assessments, current.assessments, rewrites);
  if (published.dataset) {
    // The "as of" date moves on with every release; the guard checks it never goes back.
    const { asOf: _published, ...rest } = published.dataset;
    const { asOf: _current, ...now } = current.meta;
    const lost: { path: (string | number)[]; found: unknown; published: unknown }[] = [];
    lostValues(rest, now, [], lost);
    for (const l of lost)
      rewrites.push({
        collection: 'dataset',
        id: 'dataset',
        field: formatPath(l.path),
        published: l.published,
        found: l.found,
        instead: insteadFor('dataset', l.path),
      });
  }
  return rewrites;
}
