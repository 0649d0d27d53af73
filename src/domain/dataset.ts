/** The dataset as the pages and release tools see it: records plus lookups and derived views. */
import { compareStrings } from './compare.ts';
import type { Agency, Assessment, DatasetMeta, Indicator, Source, Task } from './schema/index.ts';
import { isFinished, statusFromTimeline, type DerivedStatus } from './status.ts';
import { daysBetween } from './dates.ts';
import { readTimeline, type Timeline } from './timeline.ts';
import { applyRevisions } from './revisions.ts';

export interface Dataset {
  meta: DatasetMeta;
  agencies: Agency[];
  sources: Source[];
  tasks: Task[];
  indicators: Indicator[];
  assessments: Assessment[];
}

/** A task with everything derived from it at the "as of" date. */
export interface TaskView {
  task: Task;
  timeline: Timeline;
  status: DerivedStatus;
  /** Days between the last event (or assignment) and the "as of" date; "checked, nothing new" events do not count. */
  daysSinceUpdate: number;
  /** Days since someone last looked for news and found none; null when nobody is recorded as having looked since the last update. */
  daysSinceChecked: number | null;
  /** Not updated for longer than the dataset allows, and not finished. */
  stale: boolean;
}

export interface IndexedDataset extends Dataset {
  agency(id: string): Agency | undefined;
  source(id: string): Source | undefined;
  indicator(id: string): Indicator | undefined;
  taskView(id: string): TaskView | undefined;
  taskViews: TaskView[];
  /** Independent assessments of a task, oldest first. */
  assessmentsOf(taskId: string): Assessment[];
  /** Tasks whose current lead is this body, in task order. */
  tasksLedBy(agencyId: string): TaskView[];
  /** Tasks assigned by this source, and tasks that cite it, in task order. */
  tasksAssignedBy(sourceId: string): TaskView[];
  tasksCiting(sourceId: string): TaskView[];
  /** Bodies directly under this one, and the reports of this meeting, in id order. */
  childrenOf(agencyId: string): Agency[];
  reportsOf(meetingId: string): Source[];
}

/**
 * Group records under keys once, so a page about one body or source costs the same whatever the
 * size of the dataset (a filter over every task on each page grows with the square of the data).
 */
function groupBy<T>(items: readonly T[], keysOf: (item: T) => readonly (string | null | undefined)[]): (key: string) => T[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const key of new Set(keysOf(item))) {
      if (key === null || key === undefined) continue;
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  }
  return (key) => groups.get(key) ?? [];
}

export function viewTask(task: Task, meta: DatasetMeta): TaskView {
  const timeline = readTimeline(task, meta.asOf);
  const status = statusFromTimeline(timeline, meta.asOf);
  const daysSinceUpdate = daysBetween(timeline.lastUpdate, meta.asOf);
  const daysSinceChecked = timeline.lastChecked === null ? null : daysBetween(timeline.lastChecked, meta.asOf);
  return {
    task,
    timeline,
    status,
    daysSinceUpdate,
    daysSinceChecked,
    stale: daysSinceUpdate > meta.staleAfterDays && !isFinished(status.code),
  };
}

const byId = <T extends { id: string }>(a: T, b: T) => compareStrings(a.id, b.id);

/** Sort every collection by id (stable output) and build the lookups once. */
/**
 * The task with its history in date order (stable: events of one date keep their recorded order).
 * The file lists events as they were recorded, so a report found late sits after later-dated ones;
 * everything read from the history (status, current deadline and lead, the page's timeline) reads
 * it by date. A copy keeps every property of the task, the hidden published form included.
 */
function historyInDateOrder(task: Task): Task {
  const sorted = [...task.history].sort((a, b) => (a.date === b.date ? 0 : a.date < b.date ? -1 : 1));
  if (sorted.every((event, i) => event === task.history[i])) return task;
  const copy = Object.create(Object.getPrototypeOf(task) as object, Object.getOwnPropertyDescriptors(task)) as Task;
  copy.history = sorted;
  return copy;
}

export function indexDataset(raw: Dataset): IndexedDataset {
  // Pages show each record as revised; the raw records stay for hashing and the append-only guard.
  const dataset: Dataset = {
    meta: applyRevisions(raw.meta),
    agencies: raw.agencies.map(applyRevisions),
    sources: raw.sources.map(applyRevisions),
    tasks: raw.tasks.map((t) => historyInDateOrder(applyRevisions(t))),
    indicators: raw.indicators.map(applyRevisions),
    assessments: raw.assessments.map(applyRevisions),
  };
  const agencies = [...dataset.agencies].sort(byId);
  const sources = [...dataset.sources].sort(byId);
  const tasks = [...dataset.tasks].sort(byId);
  const indicators = [...dataset.indicators].sort(byId);
  const agencyMap = new Map(agencies.map((a) => [a.id, a]));
  const sourceMap = new Map(sources.map((s) => [s.id, s]));
  const indicatorMap = new Map(indicators.map((i) => [i.id, i]));
  const taskViews = tasks.map((t) => viewTask(t, dataset.meta));
  const assessments = [...dataset.assessments].sort((a, b) => (a.date === b.date ? compareStrings(a.id, b.id) : a.date < b.date ? -1 : 1));
  const viewMap = new Map(taskViews.map((v) => [v.task.id, v]));
  const indexed: IndexedDataset = {
    meta: dataset.meta,
    agencies,
    sources,
    tasks,
    indicators,
    assessments,
    taskViews,
    assessmentsOf: groupBy(assessments, (a) => [a.task]),
    tasksLedBy: groupBy(taskViews, (v) => [v.timeline.currentLead, ...v.timeline.currentJointLeads]),
    tasksAssignedBy: groupBy(taskViews, (v) => [v.task.source]),
    tasksCiting: groupBy(taskViews, (v) => v.task.citedIn),
    childrenOf: groupBy(agencies, (a) => [a.parent]),
    reportsOf: groupBy(sources, (s) => [s.meeting]),
    agency: (id) => agencyMap.get(id),
    source: (id) => sourceMap.get(id),
    indicator: (id) => indicatorMap.get(id),
    taskView: (id) => viewMap.get(id),
  };
  // Not enumerable, so a copy made with `{ ...data, tasks }` is never mistaken for its source; a
  // registered symbol, because the build hands this dataset to pages loaded as separate modules.
  Object.defineProperty(indexed, RAW, { value: raw, enumerable: false });
  return indexed;
}

const RAW = Symbol.for('cong-khai-57.raw-records');

/** The records as in the files, published values unrevised: what releases hash and the guard compares. */
export function rawRecords(data: Dataset): Dataset {
  return (data as Dataset & { [RAW]?: Dataset })[RAW] ?? data;
}
