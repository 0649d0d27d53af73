/**
 * Who answers for what, body by body, at the "as of" date.
 *
 * Accountability after a transfer: the body that leads a task at the "as of" date answers for all
 * of it (its status, its deadline, its place in the on-time rate) from the transfer's effective
 * date on, because from then it alone can act on it. The earlier lead's record keeps the task,
 * listed as "transferred away", so the handover stays visible, but it no longer counts towards
 * that body's figures. A transfer dated after the "as of" date is not yet in force (the timeline
 * is read at that date). Statuses come from TaskView.status, the one status rule; never re-derived.
 */
import type { IndexedDataset, TaskView } from './dataset.ts';
import { countByStatus, onTimeFigure, type OnTimeFigure, type StatusCounts } from './rollups.ts';
import type { DerivedStatusCode } from './status.ts';
import { leadHistory } from './timeline.ts';

export interface BodyRecord {
  agencyId: string;
  /** Tasks the body leads now ("assigned"), including those it received by transfer. */
  leads: TaskView[];
  /** Of `leads`, those that came to it by transfer from another body (or after none was named). */
  received: TaskView[];
  /** Tasks the body once led and that were handed on; outside its counts. */
  transferredAway: TaskView[];
  /** Tasks where the body coordinates; outside its counts (the lead answers for them). */
  coordinates: TaskView[];
  /** Statuses of `leads`. */
  counts: StatusCounts;
  /** On-time figure over `leads`: counts always, a rate only from enough tested deadlines. */
  onTime: OnTimeFigure;
}

/**
 * The columns of a body's record, in reading order, each one derived status. "completed" (done,
 * no deadline) and "cancelled" are kept apart from "on time": they never tested a deadline.
 */
export const RECORD_STATUSES: readonly DerivedStatusCode[] = [
  'past_deadline',
  'completed_on_time',
  'completed_late',
  'in_progress',
  'not_yet_due',
  'in_progress_no_deadline',
  'no_deadline_no_report',
  'completed',
  'cancelled',
];

/** Statuses that tested no deadline and are rare: shown only where some record has one. */
const SHOWN_WHEN_USED = new Set<DerivedStatusCode>(['completed', 'cancelled']);

/** The record columns worth showing for these records, in RECORD_STATUSES order. */
export function shownStatuses(records: readonly BodyRecord[]): DerivedStatusCode[] {
  return RECORD_STATUSES.filter((code) => !SHOWN_WHEN_USED.has(code) || records.some((r) => r.counts[code] > 0));
}

/** Whether the task came to its current lead by transfer. */
function cameByTransfer(view: TaskView): boolean {
  const { transfers, originalLead, currentLead } = view.timeline;
  return transfers.length > 0 && currentLead !== null && currentLead !== originalLead;
}

/** Every body's record, in the dataset's body order; bodies with no task have empty lists. */
export function bodyRecords(data: Pick<IndexedDataset, 'agencies' | 'taskViews'>): BodyRecord[] {
  const records = new Map<string, BodyRecord>(
    data.agencies.map((a) => [
      a.id,
      {
        agencyId: a.id,
        leads: [],
        received: [],
        transferredAway: [],
        coordinates: [],
        counts: countByStatus([]),
        onTime: onTimeFigure(countByStatus([])),
      },
    ]),
  );
  for (const view of data.taskViews) {
    const current = view.timeline.currentLead;
    if (current !== null) {
      const record = records.get(current);
      record?.leads.push(view);
      if (cameByTransfer(view)) record?.received.push(view);
    }
    // A joint lead answers for the task as the lead does.
    for (const joint of view.timeline.currentJointLeads) records.get(joint)?.leads.push(view);
    const leadsNow = new Set([current, ...view.timeline.currentJointLeads]);
    for (const earlier of leadHistory(view.timeline).filter((id) => !leadsNow.has(id))) records.get(earlier)?.transferredAway.push(view);
    for (const id of view.task.coordinating) records.get(id)?.coordinates.push(view);
  }
  for (const record of records.values()) {
    record.counts = countByStatus(record.leads);
    record.onTime = onTimeFigure(record.counts);
  }
  return [...records.values()];
}

export interface Handover {
  /** The lead before the transfer; null when the source named none. */
  from: string | null;
  to: string;
  /** The transfer's effective date. */
  date: string;
}

/** A task's changes of lead, in order, as in force at the "as of" date. */
export function handovers(view: TaskView): Handover[] {
  let from = view.timeline.originalLead;
  return view.timeline.transfers.map((transfer) => {
    const handover = { from, to: transfer.lead, date: transfer.date };
    from = transfer.lead;
    return handover;
  });
}

/**
 * Worst first, for the Responsibility page: most tasks past the deadline, then most missed
 * deadlines, then lowest on-time share of tested deadlines, then most tasks led; ties keep the
 * given order (the dataset's body order).
 */
export function worstFirst(records: readonly BodyRecord[]): BodyRecord[] {
  const share = (r: BodyRecord) => (r.onTime.tested === 0 ? 1 : r.onTime.onTime / r.onTime.tested);
  return records
    .map((r, i) => ({ r, i }))
    .sort(
      (a, b) =>
        b.r.counts.past_deadline - a.r.counts.past_deadline ||
        b.r.onTime.missed - a.r.onTime.missed ||
        share(a.r) - share(b.r) ||
        b.r.leads.length - a.r.leads.length ||
        a.i - b.i,
    )
    .map(({ r }) => r);
}

/** Whether the body has anything on its record (listed on the Responsibility page). */
export function hasTasks(record: BodyRecord): boolean {
  return record.leads.length + record.transferredAway.length + record.coordinates.length > 0;
}
