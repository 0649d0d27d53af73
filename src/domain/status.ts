/**
 * The status rule, written once. Every page, count, feed and file that shows a task's status gets
 * it from `deriveStatus`, at the dataset's "as of" date (never the build clock).
 *
 * The rule, as the methodology page states it:
 * - No status report at all: unknown (we do not guess).
 * - Latest report "cancelled": cancelled.
 * - Latest report "completed": completed on time when the first report of that final completed
 *   run is on or before the current deadline, completed late (by the days between) when after it,
 *   completed when the task has no deadline.
 * - Otherwise (not started, in progress, blocked): overdue by (as-of − deadline) days once the
 *   deadline has passed; before it, in progress within the deadline, or not yet due when work has
 *   not started; with no deadline, no deadline.
 * "Current deadline" is the last deadline set by a deadline-change event, else the original one.
 */
import { daysBetween } from './dates.ts';
import type { ReportedStatus, Task } from './schema/index.ts';
import { readTimeline, type Timeline } from './timeline.ts';

export const DERIVED_STATUSES = [
  'completed_on_time',
  'completed_late',
  'completed',
  'in_progress',
  'not_yet_due',
  'overdue',
  'no_deadline',
  'cancelled',
  'unknown',
] as const;
export type DerivedStatusCode = (typeof DERIVED_STATUSES)[number];

export interface DerivedStatus {
  code: DerivedStatusCode;
  /** The deadline the verdict was measured against (current deadline). */
  deadline: string | null;
  /** The latest reported status the verdict rests on; null when there is no report. */
  reported: ReportedStatus | null;
  /** Date the latest report was made. */
  reportedOn: string | null;
  /** For completed tasks: the date completion was first reported. */
  completedOn: string | null;
  /** completed_late: days after the deadline; overdue: days past it at the as-of date. */
  daysLate: number | null;
  /** Days from the as-of date to the deadline when it is still ahead. */
  daysLeft: number | null;
  /** unknown with a deadline that passed: how many days ago, so the gap in reporting shows. */
  daysSinceDeadlineUnreported: number | null;
  /** Latest report says work is blocked by an obstacle. */
  blocked: boolean;
  progress: number | null;
}

const base = (deadline: string | null): DerivedStatus => ({
  code: 'unknown',
  deadline,
  reported: null,
  reportedOn: null,
  completedOn: null,
  daysLate: null,
  daysLeft: null,
  daysSinceDeadlineUnreported: null,
  blocked: false,
  progress: null,
});

/** Derive the status from a timeline already read at `asOf`. */
export function statusFromTimeline(timeline: Timeline, asOf: string): DerivedStatus {
  const deadline = timeline.currentDeadline;
  const reports = timeline.statusReports;
  const latest = reports[reports.length - 1];
  if (!latest) {
    const status = base(deadline);
    if (deadline !== null && deadline < asOf) status.daysSinceDeadlineUnreported = daysBetween(deadline, asOf);
    return status;
  }
  const status: DerivedStatus = {
    ...base(deadline),
    reported: latest.status,
    reportedOn: latest.date,
    blocked: latest.status === 'blocked',
    progress: latest.progress ?? (latest.status === 'completed' ? 100 : null),
  };

  if (latest.status === 'cancelled') return { ...status, code: 'cancelled' };

  if (latest.status === 'completed') {
    let first = reports.length - 1;
    while (first > 0 && reports[first - 1]!.status === 'completed') first -= 1;
    const completedOn = reports[first]!.date;
    if (deadline === null) return { ...status, code: 'completed', completedOn };
    const late = daysBetween(deadline, completedOn);
    return late > 0
      ? { ...status, code: 'completed_late', completedOn, daysLate: late }
      : { ...status, code: 'completed_on_time', completedOn };
  }

  if (deadline === null) return { ...status, code: 'no_deadline' };
  if (deadline < asOf) return { ...status, code: 'overdue', daysLate: daysBetween(deadline, asOf) };
  const daysLeft = daysBetween(asOf, deadline);
  return { ...status, code: latest.status === 'not_started' ? 'not_yet_due' : 'in_progress', daysLeft };
}

/**
 * A task's status at `asOf`.
 * @example deriveStatus(taskDue20260331CompletedOn20260402, '2026-04-10').code // 'completed_late'
 */
export function deriveStatus(task: Task, asOf: string): DerivedStatus {
  return statusFromTimeline(readTimeline(task, asOf), asOf);
}

/** The verdicts that count towards an on-time rate: the deadline has been tested. */
export function isDueVerdict(code: DerivedStatusCode): boolean {
  return code === 'completed_on_time' || code === 'completed_late' || code === 'overdue';
}

const FINISHED: ReadonlySet<DerivedStatusCode> = new Set(['completed_on_time', 'completed_late', 'completed', 'cancelled']);

/** Done or dropped: no longer stale, and no longer with a deadline ahead. */
export function isFinished(code: DerivedStatusCode): boolean {
  return FINISHED.has(code);
}
