/**
 * The status rule, written once. Every page, count, feed and file that shows a task's status gets
 * it from `deriveStatus`, at the dataset's "as of" date (never the build clock).
 *
 * The rule says only what the record shows, never a verdict the record cannot carry:
 * - Latest report "cancelled": cancelled.
 * - Latest report "completed" (every report carries evidence): completed on time when the first
 *   report of that final completed run is on or before the current deadline, completed late (by the
 *   days between) when after it, completed when the task has no deadline. That report is dated by
 *   when the work happened (`happened`) where the source says so, else by when it was reported: a
 *   report published three days after the deadline about work done on the deadline is not lateness.
 * - Otherwise (a report of not started, in progress or blocked, or no report at all):
 *   - the current deadline has passed: past the deadline with no completion reported, by
 *     (as-of − deadline) days, whatever the last report said or whether there was one;
 *   - the deadline is ahead: in progress within the deadline when work is reported under way, else
 *     not yet due;
 *   - no deadline: in progress with no deadline when some report exists, else no deadline and no
 *     report.
 * The last report (status and date, or none) travels with every verdict so pages can show it.
 * "Current deadline" is the last deadline set by a deadline-change event, else the original one.
 */
import { daysBetween } from './dates.ts';
import type { ReportedStatus, Task } from './schema/index.ts';
import { readTimeline, type Timeline } from './timeline.ts';

/** How a status reads at a glance: good, late, bad, neutral information, or out of play. */
export type StatusTone = 'ok' | 'late' | 'bad' | 'info' | 'muted';

/**
 * The vocabulary as data, in reading order (most pressing first), so the Methodology page can
 * render its table from the rule itself: the code, its tone, and the i18n keys of its name
 * (`status.<code>`) and definition (`methodology.rule_<code>`).
 */
const CODES = [
  'past_deadline',
  'completed_on_time',
  'completed_late',
  'completed',
  'in_progress',
  'not_yet_due',
  'in_progress_no_deadline',
  'no_deadline_no_report',
  'cancelled',
] as const;
export type DerivedStatusCode = (typeof CODES)[number];

const TONES: Record<DerivedStatusCode, StatusTone> = {
  past_deadline: 'bad',
  completed_on_time: 'ok',
  completed_late: 'late',
  completed: 'ok',
  in_progress: 'info',
  not_yet_due: 'info',
  in_progress_no_deadline: 'info',
  no_deadline_no_report: 'muted',
  cancelled: 'muted',
};

export interface StatusDefinition {
  code: DerivedStatusCode;
  tone: StatusTone;
  /** i18n key of the status's short name. */
  nameKey: `status.${DerivedStatusCode}`;
  /** i18n key of the sentence that defines it (the Methodology page). */
  definitionKey: `methodology.rule_${DerivedStatusCode}`;
}

export const STATUS_DEFINITIONS: readonly StatusDefinition[] = CODES.map((code) => ({
  code,
  tone: TONES[code],
  nameKey: `status.${code}`,
  definitionKey: `methodology.rule_${code}`,
}));

/** Each status's tone, by code. */
export const STATUS_TONE_OF: Readonly<Record<DerivedStatusCode, StatusTone>> = TONES;

/** The codes alone, in the same reading order. */
export const DERIVED_STATUSES: readonly DerivedStatusCode[] = CODES;

/**
 * The codes published before this vocabulary, and what each became, for the open-data mapping
 * note: "overdue" and "unknown" were verdicts the record could not carry.
 */
export const FORMER_CODES: Readonly<Record<string, string>> = {
  overdue: 'past_deadline',
  unknown: 'past_deadline when the deadline has passed; not_yet_due when it is ahead; no_deadline_no_report without a deadline',
  no_deadline: 'in_progress_no_deadline',
};

export interface DerivedStatus {
  code: DerivedStatusCode;
  /** The deadline the verdict was measured against (current deadline). */
  deadline: string | null;
  /** The latest reported status; null when there is no report at all. */
  reported: ReportedStatus | null;
  /** Date the latest report was made. */
  reportedOn: string | null;
  /** For completed tasks: when the completion happened (as the first completion report says), else when it was first reported. */
  completedOn: string | null;
  /** For completed tasks: the date completion was first reported. */
  completionReportedOn: string | null;
  /** completed_late: days after the deadline; past_deadline: days past it at the as-of date. */
  daysLate: number | null;
  /** Days from the as-of date to the deadline when it is still ahead. */
  daysLeft: number | null;
  /** Latest report says work is blocked by an obstacle. */
  blocked: boolean;
  progress: number | null;
}

const base = (deadline: string | null): DerivedStatus => ({
  code: 'no_deadline_no_report',
  deadline,
  reported: null,
  reportedOn: null,
  completedOn: null,
  completionReportedOn: null,
  daysLate: null,
  daysLeft: null,
  blocked: false,
  progress: null,
});

/** Derive the status from a timeline already read at `asOf`. */
export function statusFromTimeline(timeline: Timeline, asOf: string): DerivedStatus {
  const deadline = timeline.currentDeadline;
  const reports = timeline.statusReports;
  const latest = reports[reports.length - 1];
  const status: DerivedStatus = latest
    ? {
        ...base(deadline),
        reported: latest.status,
        reportedOn: latest.date,
        blocked: latest.status === 'blocked',
        progress: latest.progress ?? (latest.status === 'completed' ? 100 : null),
      }
    : base(deadline);

  if (latest?.status === 'cancelled') return { ...status, code: 'cancelled' };

  if (latest?.status === 'completed') {
    let first = reports.length - 1;
    while (first > 0 && reports[first - 1]!.status === 'completed') first -= 1;
    const completionReportedOn = reports[first]!.date;
    const completedOn = reports[first]!.happened ?? completionReportedOn;
    const done = { ...status, completedOn, completionReportedOn };
    if (deadline === null) return { ...done, code: 'completed' };
    const late = daysBetween(deadline, completedOn);
    return late > 0 ? { ...done, code: 'completed_late', daysLate: late } : { ...done, code: 'completed_on_time' };
  }

  if (deadline === null) return { ...status, code: latest ? 'in_progress_no_deadline' : 'no_deadline_no_report' };
  if (deadline < asOf) return { ...status, code: 'past_deadline', daysLate: daysBetween(deadline, asOf) };
  const daysLeft = daysBetween(asOf, deadline);
  const underWay = latest?.status === 'in_progress' || latest?.status === 'blocked';
  return { ...status, code: underWay ? 'in_progress' : 'not_yet_due', daysLeft };
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
  return code === 'completed_on_time' || code === 'completed_late' || code === 'past_deadline';
}

const FINISHED: ReadonlySet<DerivedStatusCode> = new Set(['completed_on_time', 'completed_late', 'completed', 'cancelled']);

/** Done or dropped: no longer stale, and no longer with a deadline ahead. */
export function isFinished(code: DerivedStatusCode): boolean {
  return FINISHED.has(code);
}
