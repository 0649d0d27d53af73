/**
 * The open-data tables: each column defined once (name, type, description, value), which gives
 * both the CSV rows and the Frictionless schema, so the two cannot disagree.
 */
import type { IndexedDataset, TaskView } from '../dataset.ts';
import { DERIVED_STATUSES } from '../status.ts';
import type { Evidence, HistoryEvent, Indicator, IndicatorObservation, LocalizedText } from '../schema/index.ts';
import { eventText } from '../timeline.ts';

type Cell = string | number | boolean | null;

/** The words for codes in one language, given by the caller: the domain has no i18n. */
export interface CodeWords {
  /** A derived status code (completed_on_time, past_deadline, …). */
  status: (code: string) => string;
  /** A reported status code (not_started, in_progress, …). */
  reported: (code: string) => string;
}

/** What a column may read besides its row: the whole dataset (to name a body) and the words for codes. */
export interface TableContext {
  data: IndexedDataset;
  words: { vi: CodeWords; en: CodeWords };
}

export interface Column<R> {
  name: string;
  type: 'string' | 'integer' | 'number' | 'boolean' | 'date';
  description: string;
  value: (row: R, context: TableContext) => Cell;
}
export interface Table<R> {
  name: string;
  title: string;
  primaryKey: string[];
  foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[];
  columns: Column<R>[];
  rows: (data: IndexedDataset) => R[];
}

const evidenceUrls = (evidence: readonly Evidence[]) => evidence.map((e) => ('url' in e ? e.url : `source:${e.source}`)).join(' ');
const text = (value: LocalizedText | undefined, lang: 'vi' | 'en') => (value ? (lang === 'vi' ? value.vi : (value.en ?? null)) : null);

/** A body's name beside its id, in Vietnamese and English (empty when the id is empty or unknown). */
function bodyNames<R>(name: string, what: string, id: (row: R) => string | null): Column<R>[] {
  return (['vi', 'en'] as const).map((lang) => ({
    name: `${name}_${lang}`,
    type: 'string' as const,
    description: `Name of the ${what}, in ${lang === 'vi' ? 'Vietnamese' : 'English'}`,
    value: (row: R, { data }: TableContext) => {
      const key = id(row);
      return key === null ? null : text(data.agency(key)?.name, lang);
    },
  }));
}

/** A status code's words beside it, in Vietnamese and English. */
function statusWords<R>(name: string, kind: keyof CodeWords, code: (row: R) => string | null): Column<R>[] {
  return (['vi', 'en'] as const).map((lang) => ({
    name: `${name}_${lang}`,
    type: 'string' as const,
    description: `The status in words, in ${lang === 'vi' ? 'Vietnamese' : 'English'}`,
    value: (row: R, { words }: TableContext) => {
      const key = code(row);
      return key === null ? null : words[lang][kind](key);
    },
  }));
}

const tasks: Table<TaskView> = {
  name: 'tasks',
  title: 'Tasks, with their status derived at the data date',
  primaryKey: ['id'],
  foreignKeys: [{ fields: ['current_lead'], reference: { resource: 'bodies', fields: ['id'] } }],
  rows: (d) => d.taskViews,
  columns: [
    { name: 'id', type: 'string', description: 'Task id (stable)', value: (v) => v.task.id },
    { name: 'title_vi', type: 'string', description: 'Title in Vietnamese', value: (v) => v.task.title.vi },
    { name: 'title_en', type: 'string', description: 'Title in English', value: (v) => v.task.title.en ?? null },
    { name: 'source', type: 'string', description: 'Id of the source that assigned the task', value: (v) => v.task.source },
    { name: 'assigned', type: 'date', description: 'Date assigned', value: (v) => v.task.assigned },
    {
      name: 'original_lead',
      type: 'string',
      description: 'Lead body at assignment (empty: not named)',
      value: (v) => v.timeline.originalLead,
    },
    {
      name: 'current_lead',
      type: 'string',
      description: 'Lead body at the data date (empty: not named)',
      value: (v) => v.timeline.currentLead,
    },
    ...bodyNames<TaskView>('current_lead_name', 'lead body at the data date', (v) => v.timeline.currentLead),
    {
      name: 'original_deadline',
      type: 'date',
      description: 'Deadline as first set (empty: none)',
      value: (v) => v.timeline.originalDeadline,
    },
    {
      name: 'current_deadline',
      type: 'date',
      description: 'Deadline at the data date (empty: none)',
      value: (v) => v.timeline.currentDeadline,
    },
    { name: 'theme', type: 'string', description: 'Theme code', value: (v) => v.task.theme },
    {
      name: 'status',
      type: 'string',
      description: `Derived status code, one of ${DERIVED_STATUSES.join(', ')} (see the Methodology page; earlier codes in statusCodeMapping)`,
      value: (v) => v.status.code,
    },
    ...statusWords<TaskView>('status_label', 'status', (v) => v.status.code),
    {
      name: 'reported_status',
      type: 'string',
      description: 'Latest reported status (empty: no report at all)',
      value: (v) => v.status.reported,
    },
    {
      name: 'reported_on',
      type: 'date',
      description: 'Date of the latest status report (empty: no report at all)',
      value: (v) => v.status.reportedOn,
    },
    {
      name: 'days_late',
      type: 'integer',
      description:
        'completed_late: days after the deadline; past_deadline: days past the deadline at the data date with no completion reported',
      value: (v) => v.status.daysLate,
    },
    {
      name: 'last_update',
      type: 'date',
      description: 'Date of the latest progress report, else the assignment date; the portal’s own corrections do not count',
      value: (v) => v.timeline.lastUpdate,
    },
  ],
};

type EventRow = { taskId: string; event: HistoryEvent };
const history: Table<EventRow> = {
  name: 'history',
  title: 'Every history event of every task, in order',
  primaryKey: ['task', 'event'],
  foreignKeys: [{ fields: ['task'], reference: { resource: 'tasks', fields: ['id'] } }],
  rows: (d) => d.tasks.flatMap((t) => t.history.map((event) => ({ taskId: t.id, event }))),
  columns: [
    { name: 'task', type: 'string', description: 'Task id', value: (r) => r.taskId },
    { name: 'event', type: 'string', description: 'Event id, unique within the task', value: (r) => r.event.id },
    {
      name: 'type',
      type: 'string',
      description: 'status, deadline, transfer, correction or checked (searched, no new report)',
      value: (r) => r.event.type,
    },
    { name: 'date', type: 'date', description: 'Date of the event', value: (r) => r.event.date },
    {
      name: 'status',
      type: 'string',
      description: 'Reported status (status events)',
      value: (r) => (r.event.type === 'status' ? r.event.status : null),
    },
    ...statusWords<EventRow>('status_label', 'reported', (r) => (r.event.type === 'status' ? r.event.status : null)),
    {
      name: 'reporter',
      type: 'string',
      description: 'Who made the report (status events): responsible-body, steering-committee, oversight or press',
      value: (r) => (r.event.type === 'status' ? r.event.reporter : null),
    },
    {
      name: 'progress',
      type: 'number',
      description: 'Reported progress 0–100 (status events)',
      value: (r) => (r.event.type === 'status' ? (r.event.progress ?? null) : null),
    },
    {
      name: 'happened',
      type: 'date',
      description: 'When the reported work happened, where the source says so (status events); "date" is when it was reported',
      value: (r) => (r.event.type === 'status' ? (r.event.happened ?? null) : null),
    },
    {
      name: 'new_deadline',
      type: 'date',
      description: 'New deadline (deadline events)',
      value: (r) => (r.event.type === 'deadline' ? r.event.deadline : null),
    },
    {
      name: 'new_lead',
      type: 'string',
      description: 'New lead body (transfer events)',
      value: (r) => (r.event.type === 'transfer' ? r.event.lead : null),
    },
    {
      name: 'corrects',
      type: 'string',
      description: 'Id of the corrected event (correction events)',
      value: (r) => (r.event.type === 'correction' ? r.event.corrects : null),
    },
    { name: 'text_vi', type: 'string', description: 'Note or reason in Vietnamese', value: (r) => text(eventText(r.event), 'vi') },
    { name: 'text_en', type: 'string', description: 'Note or reason in English', value: (r) => text(eventText(r.event), 'en') },
    {
      name: 'evidence',
      type: 'string',
      description: 'Evidence: URLs, or source:<id>, separated by spaces',
      value: (r) => evidenceUrls(r.event.evidence),
    },
  ],
};

const bodies: Table<IndexedDataset['agencies'][number]> = {
  name: 'bodies',
  title: 'Responsible bodies',
  primaryKey: ['id'],
  rows: (d) => d.agencies,
  columns: [
    { name: 'id', type: 'string', description: 'Body id', value: (a) => a.id },
    { name: 'name_vi', type: 'string', description: 'Name in Vietnamese', value: (a) => a.name.vi },
    { name: 'name_en', type: 'string', description: 'Name in English', value: (a) => a.name.en ?? null },
    { name: 'kind', type: 'string', description: 'Kind of body', value: (a) => a.kind },
    { name: 'parent', type: 'string', description: 'Parent body id', value: (a) => a.parent },
    { name: 'leader_role_vi', type: 'string', description: 'Accountable leader, in Vietnamese', value: (a) => a.leaderRole?.vi ?? null },
  ],
};

const indicators: Table<Indicator> = {
  name: 'indicators',
  title: 'Results indicators and their targets',
  primaryKey: ['id'],
  rows: (d) => d.indicators,
  columns: [
    { name: 'id', type: 'string', description: 'Indicator id', value: (i) => i.id },
    { name: 'name_vi', type: 'string', description: 'Name in Vietnamese', value: (i) => i.name.vi },
    { name: 'name_en', type: 'string', description: 'Name in English', value: (i) => i.name.en ?? null },
    { name: 'unit', type: 'string', description: 'Unit code', value: (i) => i.unit },
    { name: 'direction', type: 'string', description: 'up: higher is better; down: lower is better', value: (i) => i.direction },
    {
      name: 'targets',
      type: 'string',
      description: 'Targets as date:comparator value, separated by spaces',
      value: (i) =>
        i.targets
          .map((t) => `${t.date}:${t.comparator ?? ''}${t.value ?? ''}${t.valueMax !== undefined ? `-${t.valueMax}` : ''}`)
          .join(' '),
    },
  ],
};

type ObservationRow = { indicatorId: string; observation: IndicatorObservation };
const observations: Table<ObservationRow> = {
  name: 'observations',
  title: 'Reported values of the indicators, each with its source',
  primaryKey: ['indicator', 'date', 'period'],
  foreignKeys: [{ fields: ['indicator'], reference: { resource: 'indicators', fields: ['id'] } }],
  rows: (d) => d.indicators.flatMap((i) => i.observations.map((observation) => ({ indicatorId: i.id, observation }))),
  columns: [
    { name: 'indicator', type: 'string', description: 'Indicator id', value: (r) => r.indicatorId },
    { name: 'date', type: 'date', description: 'Date the value refers to', value: (r) => r.observation.date },
    {
      name: 'period',
      type: 'string',
      description: 'Period as published (in English where it has words)',
      value: (r) =>
        typeof r.observation.period === 'string' ? r.observation.period : (r.observation.period.en ?? r.observation.period.vi),
    },
    {
      name: 'value',
      type: 'number',
      description: 'Value in the indicator unit (empty: described in words only)',
      value: (r) => r.observation.value ?? null,
    },
    {
      name: 'comparable',
      type: 'boolean',
      description: 'Whether it measures the same thing as the target',
      value: (r) => r.observation.comparable,
    },
    {
      name: 'reporter',
      type: 'string',
      description: 'Who published the figure: responsible-body, steering-committee, oversight or press',
      value: (r) => r.observation.reporter,
    },
    { name: 'text_vi', type: 'string', description: 'The value as described, in Vietnamese', value: (r) => r.observation.text.vi },
    { name: 'evidence', type: 'string', description: 'Source URLs', value: (r) => evidenceUrls(r.observation.evidence) },
  ],
};

const sources: Table<IndexedDataset['sources'][number]> = {
  name: 'sources',
  title: 'Source documents, meetings and reports',
  primaryKey: ['id'],
  rows: (d) => d.sources,
  columns: [
    { name: 'id', type: 'string', description: 'Source id', value: (s) => s.id },
    { name: 'kind', type: 'string', description: 'Kind of source', value: (s) => s.kind },
    { name: 'number', type: 'string', description: 'Official number', value: (s) => s.number ?? null },
    { name: 'title_vi', type: 'string', description: 'Title in Vietnamese', value: (s) => s.title.vi },
    { name: 'title_en', type: 'string', description: 'Title in English', value: (s) => s.title.en ?? null },
    { name: 'issuer', type: 'string', description: 'Issuing body id', value: (s) => s.issuer },
    ...bodyNames<IndexedDataset['sources'][number]>('issuer_name', 'issuing body', (s) => s.issuer),
    { name: 'date', type: 'date', description: 'Date (empty: not stated)', value: (s) => s.date },
    { name: 'outlet', type: 'string', description: 'Publishing outlet (news reports)', value: (s) => s.outlet ?? null },
    { name: 'url', type: 'string', description: 'Address of the original', value: (s) => s.url },
    { name: 'language', type: 'string', description: 'Language of the original', value: (s) => s.language },
  ],
};

/** Every table, in the order the Data page lists them. */
export const TABLES = [tasks, history, bodies, indicators, observations, sources] as unknown as Table<unknown>[];

export function tableRows<R>(table: Table<R>, data: IndexedDataset, words: TableContext['words']): Cell[][] {
  const context: TableContext = { data, words };
  return [table.columns.map((c) => c.name), ...table.rows(data).map((row) => table.columns.map((c) => c.value(row, context)))];
}

/**
 * A table's file name carrying the data date, published beside the stable one so a download keeps
 * its date once saved. @example datedCsvName('tasks', '2026-12-01') // 'tasks-2026-12-01.csv'
 */
export function datedCsvName(table: string, asOf: string): string {
  return `${table}-${asOf}.csv`;
}
