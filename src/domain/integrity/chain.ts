/**
 * Each task's history as a hash chain: every event's hash covers the event and the hash before
 * it, the first one the task id. Editing, removing or reordering a published event changes every
 * hash from that point on, so a copy of an old release proves what was published.
 */
import { sha256 } from '../archive/sha256sums.ts';
import type { Task } from '../schema/index.ts';
import { canonicalJson } from './canonical.ts';

export interface ChainLink {
  id: string;
  hash: string;
}

export function eventChain(task: Task): ChainLink[] {
  let previous = sha256(`task:${task.id}`);
  return task.history.map((event) => {
    previous = sha256(`${previous}\n${canonicalJson(event)}`);
    return { id: event.id, hash: previous };
  });
}

/** The hash of a record as published (canonical JSON). */
export function recordHash(record: unknown): string {
  return sha256(canonicalJson(record));
}
