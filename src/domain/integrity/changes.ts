/**
 * What changed, from the history itself: new tasks, status reports, deadline changes, transfers
 * and corrections, newest first; and what a release did not yet contain.
 */
import type { Dataset } from '../dataset.ts';
import type { Manifest } from './manifest.ts';

export type ChangeKind = 'new-task' | 'status' | 'deadline' | 'transfer' | 'correction' | 'checked';

export interface Change {
  date: string;
  taskId: string;
  kind: ChangeKind;
  /** The history event behind the change; absent for a new task. */
  eventId?: string;
}

function byNewest(a: Change, b: Change): number {
  return a.date === b.date ? (a.taskId === b.taskId ? 0 : a.taskId < b.taskId ? -1 : 1) : a.date < b.date ? 1 : -1;
}

export function allChanges(data: Dataset): Change[] {
  const changes: Change[] = [];
  for (const task of data.tasks) {
    changes.push({ date: task.assigned, taskId: task.id, kind: 'new-task' });
    for (const event of task.history) changes.push({ date: event.date, taskId: task.id, kind: event.type, eventId: event.id });
  }
  return changes.filter((c) => c.date <= data.meta.asOf).sort(byNewest);
}

/** Changes dated on or after `since`. */
export function changesSince(changes: readonly Change[], since: string): Change[] {
  return changes.filter((c) => c.date >= since);
}

/** What the current data adds to a release: tasks it did not have, and events after its last ones. */
export function changesSinceRelease(data: Dataset, release: Pick<Manifest, 'events'>): Change[] {
  const changes: Change[] = [];
  for (const task of data.tasks) {
    const published = release.events[task.id];
    if (published === undefined) changes.push({ date: task.assigned, taskId: task.id, kind: 'new-task' });
    for (const event of task.history.slice(published?.length ?? 0))
      changes.push({ date: event.date, taskId: task.id, kind: event.type, eventId: event.id });
  }
  return changes.sort(byNewest);
}
