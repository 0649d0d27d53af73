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

/** The kinds of record a page shows on its own, by their collection. */
export type RecordCollection = 'agencies' | 'sources' | 'tasks' | 'indicators';

export interface IndexedDataset extends Dataset {
  /**
   * The records as in the files, published values unrevised: what releases hash and the guard
   * compares. A copy made with `{ ...data, tasks }` keeps its source's: make changed records from these.
   */
  published: Dataset;
  /** One record as published, before its revisions (a page shows each value before and after). */
  publishedRecord(collection: RecordCollection, id: string): Dataset[RecordCollection][number] | undefined;
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
 * it by date.
 */
function historyInDateOrder(task: Task): Task {
  const sorted = [...task.history].sort((a, b) => (a.date === b.date ? 0 : a.date < b.date ? -1 : 1));
  if (sorted.every((event, i) => event === task.history[i])) return task;
  return { ...task, history: sorted };
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
  const publishedMaps = {
    agencies: new Map(raw.agencies.map((r) => [r.id, r])),
    sources: new Map(raw.sources.map((r) => [r.id, r])),
    tasks: new Map(raw.tasks.map((r) => [r.id, r])),
    indicators: new Map(raw.indicators.map((r) => [r.id, r])),
  };
  return {
    published: recordsOf(raw),
    publishedRecord: (collection, id) => publishedMaps[collection].get(id),
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
}

/**
 * The records as in the files, published values unrevised: what releases hash and the guard
 * compares. An indexed dataset carries them (`published`); plain records are their own.
 */
export function rawRecords(data: Dataset): Dataset {
  return (data as Partial<IndexedDataset>).published ?? data;
}

/** The six collections alone, without the lookups of an indexed dataset passed in their place. */
const recordsOf = ({ meta, agencies, sources, tasks, indicators, assessments }: Dataset): Dataset => ({
  meta,
  agencies,
  sources,
  tasks,
  indicators,
  assessments,
});
