/** Counts over tasks, each read from the one status rule (TaskView.status), never re-derived. */
import type { TaskView } from './dataset.ts';
import { monthOf } from './dates.ts';
import { DERIVED_STATUSES, isDueVerdict, type DerivedStatusCode } from './status.ts';

export type StatusCounts = Record<DerivedStatusCode, number>;

export function countByStatus(views: readonly TaskView[]): StatusCounts {
  const counts = Object.fromEntries(DERIVED_STATUSES.map((code) => [code, 0])) as StatusCounts;
  for (const view of views) counts[view.status.code] += 1;
  return counts;
}

/**
 * Share of tasks whose deadline has been tested that met it: on time ÷ (on time + late + overdue).
 * Null when no task has been tested yet: "not measurable" is not the same as 0 %.
 * @example onTimeRate({ completed_on_time: 3, completed_late: 1, overdue: 0, … }) // 0.75
 */
export function onTimeRate(counts: StatusCounts): number | null {
  const due = counts.completed_on_time + counts.completed_late + counts.overdue;
  return due === 0 ? null : counts.completed_on_time / due;
}

/** Tasks past their deadline and not reported done, most days overdue first. */
export function overdueTasks(views: readonly TaskView[]): TaskView[] {
  return views
    .filter((v) => v.status.code === 'overdue')
    .sort((a, b) => (b.status.daysLate ?? 0) - (a.status.daysLate ?? 0) || (a.task.id < b.task.id ? -1 : 1));
}

/** Tasks whose current deadline is on or before `date`. */
export function dueBy(views: readonly TaskView[], date: string): TaskView[] {
  return views.filter((v) => v.status.deadline !== null && v.status.deadline <= date);
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
  return new Map([...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
