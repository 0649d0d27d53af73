/**
 * Each task's history as a hash chain: every event's hash covers the event and the hash before
 * it, the first one the task id. Editing, removing or reordering a published event changes every
 * hash from that point on, so a copy of an old release proves what was published.
 */
import { sha256 } from '../../lib/sha256.ts';
import type { Task } from '../schema/index.ts';
import { canonicalJson } from './canonical.ts';

export interface ChainLink {
  id: string;
  hash: string;
}

/**
 * Fields the data contract gained after releases had been recorded, filled in for events already
 * published. A release recorded before a field existed hashed its events without it, so the
 * check of that release reads the events without it too; a release recorded later binds it.
 */
export const FIELDS_ADDED_LATER = ['reporter'] as const;

const withoutLaterFields = (event: object) =>
  Object.fromEntries(Object.entries(event).filter(([key]) => !(FIELDS_ADDED_LATER as readonly string[]).includes(key)));

export function eventChain(task: Task, as: 'published' | 'before-later-fields' = 'published'): ChainLink[] {
  let previous = sha256(`task:${task.id}`);
  return task.history.map((event) => {
    const hashed = as === 'published' ? event : withoutLaterFields(event);
    previous = sha256(`${previous}\n${canonicalJson(hashed)}`);
    return { id: event.id, hash: previous };
  });
}

/** The hash of a record as published (canonical JSON). */
export function recordHash(record: unknown): string {
  return sha256(canonicalJson(record));
}
