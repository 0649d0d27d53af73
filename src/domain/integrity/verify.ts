/**
 * Does the current data keep everything a release published? Each published task must still
 * exist, and its published events must still be the first events of its history, unchanged and
 * in order. New tasks and new events pass, and a correction is a new event, so it passes too.
 */
import type { Dataset } from '../dataset.ts';
import { eventChain } from './chain.ts';
import type { Manifest } from './manifest.ts';

export interface Breach {
  task: string;
  event: string | null;
  problem: 'task-removed' | 'event-removed' | 'events-reordered' | 'event-edited';
  message: string;
}

export function verifyHistory(published: Pick<Manifest, 'events' | 'dataDate'>, data: Dataset): Breach[] {
  const breaches: Breach[] = [];
  const tasks = new Map(data.tasks.map((t) => [t.id, t]));
  for (const [taskId, links] of Object.entries(published.events)) {
    const task = tasks.get(taskId);
    if (!task) {
      breaches.push({
        task: taskId,
        event: null,
        problem: 'task-removed',
        message: `task ${taskId}, published on ${published.dataDate}, is no longer in the data`,
      });
      continue;
    }
    const current = eventChain(task);
    const beforeLaterFields = eventChain(task, 'before-later-fields');
    const currentIds = current.map((l) => l.id);
    for (const [i, link] of links.entries()) {
      const now = current[i];
      if (now && now.id === link.id) {
        if (now.hash !== link.hash && beforeLaterFields[i]?.hash !== link.hash) {
          breaches.push({
            task: taskId,
            event: link.id,
            problem: 'event-edited',
            message: `task ${taskId}, event ${link.id} (position ${i + 1}) was changed after it was published; add a correction event instead`,
          });
          break;
        }
        continue;
      }
      const moved = currentIds.indexOf(link.id);
      breaches.push(
        moved < 0
          ? {
              task: taskId,
              event: link.id,
              problem: 'event-removed',
              message: `task ${taskId}, event ${link.id} (position ${i + 1}) was published and has been removed`,
            }
          : {
              task: taskId,
              event: link.id,
              problem: 'events-reordered',
              message: `task ${taskId}, event ${link.id} was published at position ${i + 1} and is now at position ${moved + 1}`,
            },
      );
      break;
    }
  }
  return breaches;
}
