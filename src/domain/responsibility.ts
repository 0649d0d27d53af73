/**
 * Who answers for what. A task counts towards the body that leads it at the "as of" date: after a
 * transfer, the new lead answers for it from the transfer's effective date, and the earlier lead's
 * record lists it as transferred away (it does not count towards their rate).
 */
import type { IndexedDataset, TaskView } from './dataset.ts';
import { countByStatus, onTimeRate, type StatusCounts } from './rollups.ts';
import { leadHistory } from './timeline.ts';

export interface BodyRecord {
  agencyId: string;
  /** Tasks the body leads now, including those it received by transfer. */
  leads: TaskView[];
  /** Of `leads`, those that came by transfer from another body. */
  received: TaskView[];
  /** Tasks the body once led and handed on. */
  transferredAway: TaskView[];
  /** Tasks where the body coordinates. */
  coordinates: TaskView[];
  counts: StatusCounts;
  onTimeRate: number | null;
}

/** Every body's record, in the dataset's body order; bodies with no task at all have empty lists. */
export function bodyRecords(data: IndexedDataset): BodyRecord[] {
  const records = new Map<string, BodyRecord>(
    data.agencies.map((a) => [a.id, { agencyId: a.id, leads: [], received: [], transferredAway: [], coordinates: [], counts: countByStatus([]), onTimeRate: null }]),
  );
  for (const view of data.taskViews) {
    const current = view.timeline.currentLead;
    const leads = leadHistory(view.timeline);
    if (current !== null) {
      const record = records.get(current);
      record?.leads.push(view);
      if (leads.length > 1 && leads[0] !== current) record?.received.push(view);
    }
    for (const earlier of leads.filter((id) => id !== current)) records.get(earlier)?.transferredAway.push(view);
    for (const id of view.task.coordinating) records.get(id)?.coordinates.push(view);
  }
  for (const record of records.values()) {
    record.counts = countByStatus(record.leads);
    record.onTimeRate = onTimeRate(record.counts);
  }
  return [...records.values()];
}

/** Whether the body has anything on its record (listed on the Responsibility page). */
export function hasTasks(record: BodyRecord): boolean {
  return record.leads.length + record.transferredAway.length + record.coordinates.length > 0;
}
