/**
 * A task's history read as it stands: corrections applied to the events they correct, then the
 * current deadline, lead body and latest status report derived from it. The published events
 * themselves are never changed; this is a view of them.
 */
import type { HistoryEvent, LocalizedText, ReportedStatus, Task } from './schema/index.ts';

type CorrectionEvent = Extract<HistoryEvent, { type: 'correction' }>;
type NonCorrection = Exclude<HistoryEvent, { type: 'correction' }>;

/** An event as it reads after any corrections; `correctedBy` lists the corrections applied. */
export type EffectiveEvent = NonCorrection & { correctedBy: CorrectionEvent[] };

export interface Timeline {
  events: EffectiveEvent[];
  corrections: CorrectionEvent[];
  originalDeadline: string | null;
  currentDeadline: string | null;
  deadlineChanges: Extract<EffectiveEvent, { type: 'deadline' }>[];
  originalLead: string | null;
  currentLead: string | null;
  /** Bodies leading jointly with the current lead: those the source names, until a transfer hands the task on. */
  currentJointLeads: string[];
  transfers: Extract<EffectiveEvent, { type: 'transfer' }>[];
  statusReports: Extract<EffectiveEvent, { type: 'status' }>[];
  checks: Extract<EffectiveEvent, { type: 'checked' }>[];
  /**
   * Date of the newest report of the task's progress (a status event), or the assignment date when
   * there is none: what "not updated for N days" counts from. Our own corrections and revisions,
   * deadline transcriptions and searches that found nothing are not news about the task.
   */
  lastUpdate: string;
  /** Date of the newest status report; null when nobody has reported at all. */
  lastReport: string | null;
  /** Date the portal last corrected or revised this record itself (a correction event, a revision with no deciding body); null when never. */
  lastEdited: string | null;
  /** Date someone last looked and found no new report; null when no search is recorded since the last update. */
  lastChecked: string | null;
}

function applyCorrection(event: EffectiveEvent, correction: CorrectionEvent): EffectiveEvent {
  const r = correction.replacement;
  const next = { ...event, correctedBy: [...event.correctedBy, correction] } as EffectiveEvent;
  if (r.date !== undefined) next.date = r.date;
  if (next.type === 'checked' && r.searched !== undefined) next.searched = r.searched;
  if (next.type === 'status') {
    if (r.happened !== undefined) next.happened = r.happened;
    if (r.status !== undefined) next.status = r.status;
    if (r.reporter !== undefined) next.reporter = r.reporter;
    if (r.progress !== undefined) next.progress = r.progress;
    if (r.note !== undefined) next.note = r.note;
  } else if (next.type === 'deadline') {
    if (r.deadline !== undefined) next.deadline = r.deadline;
  } else if (next.type === 'transfer') {
    if (r.lead !== undefined) next.lead = r.lead;
  }
  return next;
}

/** Read a task's history at `asOf`: events after that date are not yet in force. */
export function readTimeline(task: Task, asOf: string): Timeline {
  const inForce = task.history.filter((e) => e.date <= asOf);
  const corrections = inForce.filter((e): e is CorrectionEvent => e.type === 'correction');
  let events: EffectiveEvent[] = inForce.filter((e): e is NonCorrection => e.type !== 'correction').map((e) => ({ ...e, correctedBy: [] }));
  for (const correction of corrections) {
    events = events.map((e) => (e.id === correction.corrects ? applyCorrection(e, correction) : e));
  }
  // A correction may move an event's date; keep the reading in date order (stable for ties).
  events = events
    .map((e, i) => ({ e, i }))
    .sort((a, b) => (a.e.date === b.e.date ? a.i - b.i : a.e.date < b.e.date ? -1 : 1))
    .map(({ e }) => e);

  const deadlineChanges = events.filter((e): e is Extract<EffectiveEvent, { type: 'deadline' }> => e.type === 'deadline');
  const transfers = events.filter((e): e is Extract<EffectiveEvent, { type: 'transfer' }> => e.type === 'transfer');
  const statusReports = events.filter((e): e is Extract<EffectiveEvent, { type: 'status' }> => e.type === 'status');
  const checks = events.filter((e): e is Extract<EffectiveEvent, { type: 'checked' }> => e.type === 'checked');
  // Only reports of progress are news: a search that found nothing, and our own corrections and
  // revisions, must neither reset "not updated for N days" nor pass for the task's last update.
  const newestReport = statusReports.reduce<string | null>((latest, e) => (latest === null || e.date > latest ? e.date : latest), null);
  const newest = newestReport !== null && newestReport > task.assigned ? newestReport : task.assigned;
  const ourEdits = [
    ...corrections.map((c) => c.date),
    ...(task.revisions ?? []).filter((r) => r.decidedBy === null && r.date <= asOf).map((r) => r.date),
  ];
  const lastEdited = ourEdits.reduce<string | null>((latest, d) => (latest === null || d > latest ? d : latest), null);
  const newestCheck = checks.reduce<string | null>((latest, e) => (latest === null || e.date > latest ? e.date : latest), null);

  return {
    events,
    corrections,
    originalDeadline: task.deadline,
    currentDeadline: deadlineChanges.length > 0 ? deadlineChanges[deadlineChanges.length - 1]!.deadline : task.deadline,
    deadlineChanges,
    originalLead: task.lead,
    currentLead: transfers.length > 0 ? transfers[transfers.length - 1]!.lead : task.lead,
    currentJointLeads: transfers.length > 0 ? [] : (task.jointLeads ?? []),
    transfers,
    statusReports,
    checks,
    lastUpdate: newest,
    lastReport: newestReport,
    lastEdited,
    lastChecked: newestCheck !== null && newestCheck >= newest ? newestCheck : null,
  };
}

/** Every body that has led the task (alone or jointly), in order, the current one last. */
export function leadHistory(timeline: Timeline): string[] {
  const joint = timeline.transfers.length > 0 ? [] : timeline.currentJointLeads;
  const leads = [timeline.originalLead, ...timeline.transfers.map((t) => t.lead), ...joint].filter((l): l is string => l !== null);
  return leads.filter((l, i) => leads.indexOf(l) === i);
}

/** The words an event carries: a report's or a search's note, else the reason given for a change. */
export function eventText(event: HistoryEvent): LocalizedText | undefined {
  if (event.type === 'status') return event.note;
  if (event.type === 'checked') return event.note;
  return event.reason;
}

export type { ReportedStatus };
