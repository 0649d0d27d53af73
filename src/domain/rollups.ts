/** Counts over tasks, each read from the one status rule (TaskView.status), never re-derived. */
import { compareStrings } from './compare.ts';
import type { TaskView } from './dataset.ts';
import { monthOf } from './dates.ts';
import { DERIVED_STATUSES, isDueVerdict, isFinished, type DerivedStatusCode } from './status.ts';

export type StatusCounts = Record<DerivedStatusCode, number>;

export function countByStatus(views: readonly TaskView[]): StatusCounts {
  const counts = Object.fromEntries(DERIVED_STATUSES.map((code) => [code, 0])) as StatusCounts;
  for (const view of views) counts[view.status.code] += 1;
  return counts;
}

/** Below this many tested deadlines a percentage says more than the record does: show counts only. */
export const MIN_TESTED_FOR_RATE = 5;

export interface OnTimeFigure {
  /** Tasks whose deadline has been tested: on time + late + past the deadline. */
  tested: number;
  onTime: number;
  /** Completed late, or past the deadline with no completion reported. */
  missed: number;
  /** onTime ÷ tested; null below MIN_TESTED_FOR_RATE tested deadlines (then show the counts). */
  rate: number | null;
}

/**
 * The on-time figure, the same rule for the whole portal and for every body.
 * @example onTimeFigure({ completed_on_time: 3, completed_late: 1, past_deadline: 1, … }) // { tested: 5, onTime: 3, missed: 2, rate: 0.6 }
 * @example onTimeFigure({ past_deadline: 1, … }) // { tested: 1, onTime: 0, missed: 1, rate: null }
 */
export function onTimeFigure(counts: StatusCounts): OnTimeFigure {
  const missed = counts.completed_late + counts.past_deadline;
  const tested = counts.completed_on_time + missed;
  return {
    tested,
    onTime: counts.completed_on_time,
    missed,
    rate: tested < MIN_TESTED_FOR_RATE ? null : counts.completed_on_time / tested,
  };
}

/** The on-time rate alone: null when too few deadlines have been tested (see onTimeFigure). */
export function onTimeRate(counts: StatusCounts): number | null {
  return onTimeFigure(counts).rate;
}

/** Tasks past their deadline with no completion reported, most days past first. */
export function pastDeadlineTasks(views: readonly TaskView[]): TaskView[] {
  return views
    .filter((v) => v.status.code === 'past_deadline')
    .sort((a, b) => (b.status.daysLate ?? 0) - (a.status.daysLate ?? 0) || compareStrings(a.task.id, b.task.id));
}

/** 0: past the deadline; 1: deadline ahead, not finished; 2: no deadline, not finished; 3: finished. */
function urgencyRank(view: TaskView): number {
  const { code, deadline } = view.status;
  if (code === 'past_deadline') return 0;
  if (isFinished(code)) return 3;
  return deadline === null ? 2 : 1;
}

/**
 * The Progress page's default order: past the deadline first (most days past first), then the
 * nearest deadline ahead, then open tasks with no deadline, then finished ones; ties by id.
 */
export function byUrgency(views: readonly TaskView[]): TaskView[] {
  const key = (v: TaskView): [number, number, string] => {
    const rank = urgencyRank(v);
    const days = rank === 0 ? -(v.status.daysLate ?? 0) : rank === 1 ? (v.status.daysLeft ?? 0) : 0;
    return [rank, days, v.task.id];
  };
  return [...views].sort((a, b) => {
    const [ra, da, ia] = key(a);
    const [rb, db, ib] = key(b);
    return ra - rb || da - db || compareStrings(ia, ib);
  });
}

export interface MonthBucket {
  month: string;
  counts: StatusCounts;
  total: number;
}

/** Tasks with a deadline, by the month it falls in, with their statuses: the deadline chart's data. */
export function deadlinesByMonth(views: readonly TaskView[]): MonthBucket[] {
  const buckets = new Map<string, TaskView[]>();
  for (const view of views) {
    if (view.status.deadline === null) continue;
    const month = monthOf(view.status.deadline);
    buckets.set(month, [...(buckets.get(month) ?? []), view]);
  }
  return [...buckets.keys()].sort().map((month) => {
    const inMonth = buckets.get(month)!;
    return { month, counts: countByStatus(inMonth), total: inMonth.length };
  });
}

/** How many tasks have a due verdict (the denominator of the on-time rate). */
export function dueVerdicts(views: readonly TaskView[]): number {
  return views.filter((v) => isDueVerdict(v.status.code)).length;
}

/** Tasks grouped by a key, keys sorted. */
export function groupBy<K extends string>(views: readonly TaskView[], key: (view: TaskView) => K): Map<K, TaskView[]> {
  const groups = new Map<K, TaskView[]>();
  for (const view of views) {
    const k = key(view);
    const list = groups.get(k);
    if (list) list.push(view);
    else groups.set(k, [view]);
  }
  return new Map([...groups.entries()].sort(([a], [b]) => compareStrings(a, b)));
}
