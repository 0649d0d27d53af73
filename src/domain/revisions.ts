/**
 * A record as readers see it: its published fields with its revisions applied in order. The file
 * keeps the published values unchanged (the guard checks that); this works out the current ones.
 */
import type { Revision, RevisionEvent } from './schema/index.ts';

export type FieldPath = (string | number)[];

/** "observations[2].value" → ["observations", 2, "value"] */
export function parseFieldPath(field: string): FieldPath {
  return [...field.matchAll(/([A-Za-z][A-Za-z0-9]*)|\[(\d+)\]/g)].map((m) => (m[1] !== undefined ? m[1] : Number(m[2])));
}

/**
 * Fields no revision may touch: identity, the record of changes itself, and task fields that change
 * through history. A task's lead at assignment may be revised only as a correction of the portal's
 * own transcription (decided by nobody: the source named someone else, or no one); a body's
 * decision to move responsibility is a "transfer" event, dated and kept in the history.
 */
export function lockedField(field: string, isTask: boolean, decidedBy: string | null = null): string | null {
  const top = parseFieldPath(field)[0];
  if (top === 'id' || top === '$schema') return 'a record keeps its id; withdraw it and add a new record instead';
  if (top === 'revisions' || top === 'history') return 'the record of changes only grows';
  if (isTask && top === 'deadline') return 'a deadline changes through a "deadline" event in history';
  if (isTask && top === 'lead' && decidedBy !== null)
    return 'a decision that moves responsibility is a "transfer" event in history; a revision of "lead" only corrects our transcription (decidedBy null)';
  return null;
}

/** The value at `path`, or undefined when the path does not exist. */
export function valueAt(record: unknown, path: FieldPath): unknown {
  let node: unknown = record;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

/** `record` with `value` set at `path`; null when the path's parent does not exist. */
export function withValueAt<T>(record: T, path: FieldPath, value: unknown): T | null {
  const copy = structuredClone(record) as unknown;
  const parent = valueAt(copy, path.slice(0, -1));
  const key = path.at(-1);
  if (key === undefined || parent === null || typeof parent !== 'object') return null;
  if (Array.isArray(parent) !== (typeof key === 'number')) return null;
  if (Array.isArray(parent) && (key as number) >= parent.length) return null;
  (parent as Record<string | number, unknown>)[key] = structuredClone(value);
  return copy as T;
}

interface Revisable {
  revisions?: Revision[] | undefined;
}

/** The record with every revision applied (the data check has made sure each applies). */
export function applyRevisions<T extends Revisable>(record: T): T {
  let current = record;
  for (const r of record.revisions ?? []) {
    if (r.type !== 'revision') continue;
    current = withValueAt(current, parseFieldPath(r.field), r.value) ?? current;
  }
  return current;
}

/** The withdrawal of a record, when it was withdrawn. */
export function withdrawalOf(record: Revisable): Revision | undefined {
  return record.revisions?.find((r) => r.type === 'withdrawal');
}

/** One change as a reader sees it: the field, its value before and after, when, why and on whose decision. */
export interface FieldChange {
  revision: RevisionEvent;
  before: unknown;
  after: unknown;
}

/**
 * Each revision of the record with the value it replaced, in order. Give the record as published
 * (IndexedDataset.publishedRecord): the revised one has lost the values its revisions replaced.
 */
export function fieldChanges<T extends Revisable>(record: T): FieldChange[] {
  const changes: FieldChange[] = [];
  let current: T = record;
  for (const r of record.revisions ?? []) {
    if (r.type !== 'revision') continue;
    const path = parseFieldPath(r.field);
    changes.push({ revision: r, before: valueAt(current, path), after: r.value });
    current = withValueAt(current, path, r.value) ?? current;
  }
  return changes;
}

/** What a revised value refers to, so a page can show names and links instead of raw ids. */
export type RevisionValueKind = 'bodies' | 'sources' | 'language' | 'plain';

const BODY_FIELDS = new Set(['lead', 'jointLeads', 'coordinating', 'parent', 'issuer', 'monitoringAgency', 'mergedInto', 'decidedBy']);
const SOURCE_FIELDS = new Set(['source', 'citedIn', 'meeting']);

/**
 * @example revisionValueKind('jointLeads') // 'bodies'
 * @example revisionValueKind('observations[0].note') // 'plain'
 */
export function revisionValueKind(field: string): RevisionValueKind {
  const last =
    parseFieldPath(field)
      .filter((k): k is string => typeof k === 'string')
      .at(-1) ?? '';
  if (BODY_FIELDS.has(last)) return 'bodies';
  if (SOURCE_FIELDS.has(last)) return 'sources';
  if (last === 'language') return 'language';
  return 'plain';
}
