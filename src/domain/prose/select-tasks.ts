/** The tasks an editorial component shows: those matching every filter it was given, in task order. */
import type { IndexedDataset, TaskView } from '../dataset.ts';

export interface TaskFilter {
  /** Tasks assigned at this meeting: assigned by the meeting's own record or by a report of it. */
  meeting?: string;
  /** Tasks assigned by this document. */
  source?: string;
  /** Tasks this body leads now. */
  body?: string;
  theme?: string;
  /** A derived status code (src/domain/status.ts). */
  status?: string;
}

/** Tasks a meeting assigned: by the meeting record itself, or by a news report of that meeting. */
export function tasksOfMeeting(data: IndexedDataset, meetingId: string): TaskView[] {
  const sources = new Set([meetingId, ...data.reportsOf(meetingId).map((s) => s.id)]);
  return data.taskViews.filter((v) => sources.has(v.task.source));
}

export function selectTasks(data: IndexedDataset, filter: TaskFilter): TaskView[] {
  let views = filter.meeting !== undefined ? tasksOfMeeting(data, filter.meeting) : data.taskViews;
  if (filter.source !== undefined) views = views.filter((v) => v.task.source === filter.source);
  if (filter.body !== undefined) views = views.filter((v) => v.timeline.currentLead === filter.body);
  if (filter.theme !== undefined) views = views.filter((v) => v.task.theme === filter.theme);
  if (filter.status !== undefined) views = views.filter((v) => v.status.code === filter.status);
  return views;
}
