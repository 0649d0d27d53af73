/**
 * A task and its append-only history. Deadline changes and transfers are events, so the original
 * deadline and every earlier owner stay on the record.
 */
import { z } from 'zod';
import { evidence, isoDate, label, localizedText, recordId, reporter, schemaPointer } from './primitives.ts';
import { revisions } from './revision.ts';

export const REPORTED_STATUSES = ['not_started', 'in_progress', 'blocked', 'completed', 'cancelled'] as const;
export type ReportedStatus = (typeof REPORTED_STATUSES)[number];

export const THEMES = [
  'institutions',
  'science-technology',
  'innovation',
  'digital-transformation',
  'public-services',
  'data',
  'human-resources',
  'finance',
  'governance',
] as const;
export type Theme = (typeof THEMES)[number];

const eventId = z
  .string({ error: 'expected an event id of lowercase letters, digits and hyphens' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'expected an event id of lowercase letters, digits and hyphens' });

const progress = z
  .number({ error: 'expected a number from 0 to 100' })
  .min(0, { error: 'expected a number from 0 to 100' })
  .max(100, { error: 'expected a number from 0 to 100' });

const eventBase = {
  id: eventId,
  date: isoDate,
  evidence: z.array(evidence).min(1, { error: 'expected at least one piece of evidence' }),
};

/**
 * Where someone looked for news of a task and for what: the places searched (sites, registers,
 * archives), the queries typed, and the date range of publications the search covered.
 * @example { "places": ["vanban.chinhphu.vn"], "queries": ["chuyển đổi số"], "from": "2026-01-01", "to": "2026-12-01" }
 */
export const searched = z.strictObject({
  places: z.array(label).min(1, { error: 'expected at least one place searched' }),
  queries: z.array(label).default([]),
  from: isoDate,
  to: isoDate,
});

/** A report of where the task stands on a date. */
export const statusEvent = z.strictObject({
  type: z.literal('status'),
  ...eventBase,
  /** When the reported work happened (a decision signed, a law passed), where the source says so; `date` is when it was reported. */
  happened: isoDate.optional(),
  status: z.enum(REPORTED_STATUSES, { error: `expected one of: ${REPORTED_STATUSES.join(', ')}` }),
  /** Who made this report (see the Methodology page for how it is read from the evidence). */
  reporter,
  progress: progress.optional(),
  note: localizedText,
});

/** The deadline was moved (or removed) by someone with the authority to do so. */
export const deadlineEvent = z.strictObject({
  type: z.literal('deadline'),
  ...eventBase,
  deadline: isoDate.nullable(),
  reason: localizedText,
  decidedBy: recordId,
});

/** Responsibility passed to another lead body from `date` on. */
export const transferEvent = z.strictObject({
  type: z.literal('transfer'),
  ...eventBase,
  lead: recordId,
  reason: localizedText,
  decidedBy: recordId.optional(),
});

/**
 * A public correction of an earlier event: the earlier event stays published, and this one says
 * what was wrong and what replaces it.
 */
export const correctionEvent = z.strictObject({
  type: z.literal('correction'),
  ...eventBase,
  corrects: eventId,
  reason: localizedText,
  /** The corrected values, of the same fields as the corrected event (status, progress, deadline, lead, note). */
  replacement: z.strictObject({
    status: z.enum(REPORTED_STATUSES).optional(),
    reporter: reporter.optional(),
    progress: progress.optional(),
    deadline: isoDate.nullable().optional(),
    lead: recordId.optional(),
    date: isoDate.optional(),
    note: localizedText.optional(),
    happened: isoDate.optional(),
    searched: searched.optional(),
  }),
});

/**
 * Someone looked for news of the task on `date` and found no new report. The evidence says where
 * they looked (the pages or sources searched). It is not a status report: it changes no verdict,
 * but it lets "not updated for 90 days" tell "nobody reported" apart from "nobody looked".
 */
export const checkedEvent = z.strictObject({
  type: z.literal('checked'),
  ...eventBase,
  searched: searched.optional(),
  note: localizedText.optional(),
});

export const historyEvent = z.discriminatedUnion('type', [statusEvent, deadlineEvent, transferEvent, correctionEvent, checkedEvent], {
  error: 'expected an event with "type" one of: status, deadline, transfer, correction, checked',
});
export type HistoryEvent = z.infer<typeof historyEvent>;
export type StatusEvent = z.infer<typeof statusEvent>;

export const taskSchema = z.strictObject({
  $schema: schemaPointer,
  id: recordId,
  title: localizedText,
  description: localizedText,
  /** The decision or meeting that assigned the task. */
  source: recordId,
  /** Reports and documents that state the task, beyond the assigning source. */
  citedIn: z.array(recordId).default([]),
  assigned: isoDate,
  /** The lead body at assignment; null when the source names none (shown as "not named"). */
  lead: recordId.nullable(),
  /** Bodies the source names as leading the task jointly with `lead` (not as coordinating). */
  jointLeads: z.array(recordId).optional(),
  coordinating: z.array(recordId).default([]),
  /** The office accountable for the task when the source names one (else the lead body's leader). */
  leaderRole: localizedText.optional(),
  /** The deadline as first set; null for standing duties or when no date was stated. */
  deadline: isoDate.nullable(),
  /** How the source words the deadline when it is not a date ("immediately", "per the roadmap"). */
  deadlineNote: localizedText.optional(),
  theme: z.enum(THEMES, { error: `expected one of: ${THEMES.join(', ')}` }),
  indicators: z.array(recordId).default([]),
  history: z.array(historyEvent).default([]),
  /** Re-worded title or description, corrected source or assignment date, a withdrawal; deadlines and leads change through history. */
  revisions,
});
export type Task = z.infer<typeof taskSchema>;
