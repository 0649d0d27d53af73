/**
 * Rules that span fields or records, which a per-record schema cannot see: references between
 * collections, the order of history events, dates against the "as of" date and the assignment.
 */
import { compareStrings } from '../compare.ts';
import type { Agency, Assessment, DatasetMeta, Evidence, Indicator, Source, Task } from '../schema/index.ts';
import { readTimeline } from '../timeline.ts';
import { bodyCycles } from './body-cycles.ts';
import { eventDateProblems } from './event-dates.ts';
import { reporterProblems } from './reporter-checks.ts';
import { indicatorSanity } from './indicator-sanity.ts';
import { describeValue, type Problem } from './problem.ts';
import { sourceDuplicates } from './source-duplicates.ts';
import { revisionCrossProblems } from './revision-checks.ts';
import { applyRevisions } from '../revisions.ts';

export interface ParsedRecord<T> {
  file: string;
  data: T;
  /** False when the record broke its schema: its data is raw JSON, checked here defensively. */
  valid: boolean;
}

export interface ParsedContent {
  meta: ParsedRecord<DatasetMeta> | null;
  agencies: ParsedRecord<Agency>[];
  sources: ParsedRecord<Source>[];
  tasks: ParsedRecord<Task>[];
  indicators: ParsedRecord<Indicator>[];
  assessments: ParsedRecord<Assessment>[];
  /** Ids of every file present per collection, valid or not. */
  fileIds: Record<'agencies' | 'sources' | 'tasks' | 'indicators', Set<string>>;
}

type Collection = 'agencies' | 'sources' | 'tasks' | 'indicators';

/** No date in the data may be later than the data's own "as of" date. */
function notAfterAsOf(file: string, field: string, date: unknown, asOf: string | null, problems: Problem[]): void {
  if (asOf !== null && before(asOf, date)) {
    problems.push({ file, field, expected: `a date on or before the data's "as of" date ${asOf}`, found: describeValue(date) });
  }
}

const NOUN: Record<Collection, string> = { agencies: 'a body', sources: 'a source', tasks: 'a task', indicators: 'an indicator' };

/**
 * Date order tests that hold only between well-formed dates: a record that broke its schema is
 * still checked here, and "2026-2-3" must not draw a second, misleading message about its order.
 */
const isIso = (value: unknown): value is string => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
const before = (a: unknown, b: unknown) => isIso(a) && isIso(b) && a < b;

/** Dates of the sources that have one, to order dates across documents. */
type SourceDates = ReadonlyMap<string, string>;

function referenceChecker(content: ParsedContent, problems: Problem[]) {
  const ids = content.fileIds;
  return (file: string, field: string, collection: Collection, id: string | null | undefined) => {
    if (typeof id !== 'string' || ids[collection].has(id)) return;
    problems.push({
      file,
      field,
      expected: `the id of ${NOUN[collection]} in content/${collection}/`,
      found: `${describeValue(id)}, which no file in content/${collection}/ has`,
    });
  };
}

function checkEvidence(file: string, field: string, evidence: readonly Evidence[], ref: ReturnType<typeof referenceChecker>) {
  evidence.forEach((e, i) => {
    if ('source' in e) ref(file, `${field}[${i}].source`, 'sources', e.source);
  });
}

/** The registered documents an event cites, with their dates, earliest first. */
function citedDocuments(evidence: readonly Evidence[] | undefined, sourceDates: SourceDates): { id: string; date: string }[] {
  return (evidence ?? [])
    .flatMap((e) => ('source' in e && sourceDates.has(e.source) ? [{ id: e.source, date: sourceDates.get(e.source)! }] : []))
    .sort((a, b) => compareStrings(a.date, b.date));
}

/**
 * A deadline cannot fall before the document that set it. Of the documents an event cites, the
 * earliest is taken as the deciding one: later ones (a news report, a review) may only report it.
 */
function checkDeadlineAfterDocuments(
  file: string,
  field: string,
  deadline: unknown,
  evidence: readonly Evidence[] | undefined,
  sourceDates: SourceDates,
  problems: Problem[],
) {
  const [deciding] = citedDocuments(evidence, sourceDates);
  if (deciding !== undefined && before(deadline, deciding.date)) {
    problems.push({
      file,
      field,
      expected: `a date on or after ${deciding.date}, the date of "${deciding.id}" that decided it`,
      found: describeValue(deadline),
    });
  }
}

/** Which fields a correction may replace, by the type of the event it corrects. */
const CORRECTABLE: Record<'status' | 'deadline' | 'transfer' | 'checked', readonly string[]> = {
  status: ['date', 'happened', 'status', 'reporter', 'progress', 'note'],
  deadline: ['date', 'deadline'],
  transfer: ['date', 'lead'],
  checked: ['date', 'searched', 'note'],
};

/**
 * A correction's values obey the rules of the event they replace: the same dates, the same
 * deadlines, and only fields that event has; an empty replacement corrects nothing.
 */
function checkCorrection(
  file: string,
  at: string,
  task: Task,
  event: Extract<Task['history'][number], { type: 'correction' }>,
  corrected: Exclude<Task['history'][number], { type: 'correction' }>,
  asOf: string | null,
  sourceDates: SourceDates,
  problems: Problem[],
) {
  const replacement = event.replacement as Record<string, unknown>;
  const fields = Object.keys(replacement).filter((k) => replacement[k] !== undefined);
  const allowed = CORRECTABLE[corrected.type];
  if (fields.length === 0) {
    problems.push({
      file,
      field: `${at}.replacement`,
      expected: `at least one corrected value of the ${corrected.type} event (${allowed.join(', ')})`,
      found: describeValue(event.replacement),
    });
  }
  for (const key of fields.filter((k) => !allowed.includes(k))) {
    problems.push({
      file,
      field: `${at}.replacement.${key}`,
      expected: `only values a ${corrected.type} event has (${allowed.join(', ')})`,
      found: describeValue(replacement[key]),
    });
  }
  const { date, deadline } = event.replacement;
  if (before(date, task.assigned)) {
    problems.push({
      file,
      field: `${at}.replacement.date`,
      expected: `a date on or after the assignment date ${task.assigned}`,
      found: describeValue(date),
    });
  }
  notAfterAsOf(file, `${at}.replacement.date`, date, asOf, problems);
  if (corrected.type === 'deadline' && deadline !== undefined) {
    if (before(deadline, task.assigned)) {
      problems.push({
        file,
        field: `${at}.replacement.deadline`,
        expected: `a date on or after the assignment date ${task.assigned}`,
        found: describeValue(deadline),
      });
    } else {
      checkDeadlineAfterDocuments(
        file,
        `${at}.replacement.deadline`,
        deadline,
        [...corrected.evidence, ...event.evidence],
        sourceDates,
        problems,
      );
    }
  }
}

/**
 * A transfer hands the task to another body: one to the body already leading it (after any
 * corrections) moves nothing and hides who answered for it.
 */
function checkTransfers(file: string, task: Task, indexOf: ReadonlyMap<string, number>, problems: Problem[]) {
  let leading = task.lead;
  for (const event of readTimeline(task, '9999-12-31').events) {
    if (event.type !== 'transfer') continue;
    if (event.lead === leading) {
      const correction = [...event.correctedBy].reverse().find((c) => c.replacement.lead !== undefined);
      const field = correction ? `history[${indexOf.get(correction.id)}].replacement.lead` : `history[${indexOf.get(event.id)}].lead`;
      problems.push({
        file,
        field,
        expected: `another body than the one already leading the task`,
        found: `${describeValue(event.lead)}, which leads it already`,
      });
    }
    leading = event.lead;
  }
}

function checkTask(
  { file, data: task }: ParsedRecord<Task>,
  asOf: string | null,
  sourceDates: SourceDates,
  ref: ReturnType<typeof referenceChecker>,
  problems: Problem[],
) {
  ref(file, 'source', 'sources', task.source);
  (task.citedIn ?? []).forEach((id, i) => ref(file, `citedIn[${i}]`, 'sources', id));
  ref(file, 'lead', 'agencies', task.lead);
  (task.jointLeads ?? []).forEach((id, i) => ref(file, `jointLeads[${i}]`, 'agencies', id));
  if ((task.jointLeads ?? []).length > 0 && task.lead === null) {
    problems.push({
      file,
      field: 'jointLeads',
      expected: 'no joint leads when "lead" is null (name the first body as "lead")',
      found: describeValue(task.jointLeads),
    });
  }
  (task.coordinating ?? []).forEach((id, i) => ref(file, `coordinating[${i}]`, 'agencies', id));
  (task.indicators ?? []).forEach((id, i) => ref(file, `indicators[${i}]`, 'indicators', id));

  if (before(task.deadline, task.assigned)) {
    problems.push({
      file,
      field: 'deadline',
      expected: `a date on or after the assignment date ${task.assigned}`,
      found: describeValue(task.deadline),
    });
  }
  // A task cannot be assigned before the document that assigns it (then its deadline cannot be either).
  const assignedBy = typeof task.source === 'string' ? sourceDates.get(task.source) : undefined;
  if (before(task.assigned, assignedBy)) {
    problems.push({
      file,
      field: 'assigned',
      expected: `a date on or after ${assignedBy}, the date of "${task.source}" that assigned it`,
      found: describeValue(task.assigned),
    });
  }
  notAfterAsOf(file, 'assigned', task.assigned, asOf, problems);

  const seen = new Map<string, number>();
  (task.history ?? []).forEach((event, i) => {
    const at = `history[${i}]`;
    const first = seen.get(event.id);
    if (first !== undefined) {
      problems.push({
        file,
        field: `${at}.id`,
        expected: `an event id not used before in this task (history[${first}] has it)`,
        found: describeValue(event.id),
      });
    } else {
      seen.set(event.id, i);
    }
    // History lists events in the order they were recorded, which the release chain fixes: a report
    // found late is added at the end, dated when it happened. Pages read the events in date order.
    if (before(event.date, task.assigned)) {
      problems.push({
        file,
        field: `${at}.date`,
        expected: `a date on or after the assignment date ${task.assigned}`,
        found: describeValue(event.date),
      });
    }
    notAfterAsOf(file, `${at}.date`, event.date, asOf, problems);
    checkEvidence(file, `${at}.evidence`, event.evidence ?? [], ref);
    if (event.type === 'deadline') {
      ref(file, `${at}.decidedBy`, 'agencies', event.decidedBy);
      if (before(event.deadline, task.assigned)) {
        problems.push({
          file,
          field: `${at}.deadline`,
          expected: `a date on or after the assignment date ${task.assigned}`,
          found: describeValue(event.deadline),
        });
      } else {
        checkDeadlineAfterDocuments(file, `${at}.deadline`, event.deadline, event.evidence, sourceDates, problems);
      }
    }
    if (event.type === 'transfer') {
      ref(file, `${at}.lead`, 'agencies', event.lead);
      ref(file, `${at}.decidedBy`, 'agencies', event.decidedBy);
    }
    if (event.type === 'correction') {
      const target = seen.get(event.corrects);
      const corrected = target === undefined ? undefined : task.history[target];
      if (corrected === undefined || corrected.id === event.id) {
        problems.push({
          file,
          field: `${at}.corrects`,
          expected: 'the id of an earlier event of this task',
          found: describeValue(event.corrects),
        });
      } else if (corrected.type === 'correction') {
        problems.push({
          file,
          field: `${at}.corrects`,
          expected: 'the id of a status, deadline, transfer or checked event (correct the original, not a correction)',
          found: describeValue(event.corrects),
        });
      } else {
        checkCorrection(file, at, task, event, corrected, asOf, sourceDates, problems);
      }
      if (event.replacement.lead !== undefined) ref(file, `${at}.replacement.lead`, 'agencies', event.replacement.lead);
    }
  });
  checkTransfers(file, task, seen, problems);
  problems.push(...eventDateProblems(file, task));
}

/**
 * Run a check on one record; a record that broke its schema may lack the fields the check
 * reads, and its shape problems are already reported, so a throw here adds nothing.
 */
function guarded(valid: boolean, check: () => void): void {
  try {
    check();
  } catch (error) {
    if (valid) throw error;
  }
}

/** All cross-record problems, including those of records that broke their schema. */
export function crossCheck(content: ParsedContent): Problem[] {
  const problems: Problem[] = [];
  const ref = referenceChecker(content, problems);
  const asOf = content.meta?.data.asOf ?? null;
  const sourceDates: SourceDates = new Map(
    content.sources.flatMap(({ data }) => (isIso(data.date) ? [[data.id, data.date] as const] : [])),
  );

  // Each revised record is checked twice, as published and as revised, so a revision cannot point at
  // a body or source that does not exist; problems both share are reported once.
  const asRevised = <T extends { revisions?: Task['revisions'] }>(list: ParsedRecord<T>[]): ParsedRecord<T>[] => [
    ...list,
    ...list.filter((r) => r.valid && (r.data.revisions?.length ?? 0) > 0).map((r) => ({ ...r, data: applyRevisions(r.data) })),
  ];
  for (const { file, data, valid } of asRevised(content.agencies)) {
    guarded(valid, () => {
      ref(file, 'parent', 'agencies', data.parent);
      ref(file, 'mergedInto', 'agencies', data.mergedInto);
      if (data.parent === data.id)
        problems.push({
          file,
          field: 'parent',
          expected: 'another body (a body cannot be its own parent)',
          found: describeValue(data.parent),
        });
      checkEvidence(file, 'evidence', data.evidence ?? [], ref);
    });
  }
  for (const { file, data, valid } of asRevised(content.sources)) {
    guarded(valid, () => {
      ref(file, 'issuer', 'agencies', data.issuer);
      ref(file, 'meeting', 'sources', data.meeting);
      const meetingDate = typeof data.meeting === 'string' ? sourceDates.get(data.meeting) : undefined;
      if (data.kind === 'news-report' && before(data.date, meetingDate)) {
        problems.push({
          file,
          field: 'date',
          expected: `a date on or after ${meetingDate}, the date of the meeting it reports on`,
          found: describeValue(data.date),
        });
      }
      notAfterAsOf(file, 'date', data.date, asOf, problems);
    });
  }
  bodyCycles(content.agencies, problems);
  sourceDuplicates(content.sources, problems);
  for (const record of asRevised(content.tasks)) guarded(record.valid, () => checkTask(record, asOf, sourceDates, ref, problems));
  for (const { file, data, valid } of asRevised(content.indicators)) {
    guarded(valid, () => {
      ref(file, 'monitoringAgency', 'agencies', data.monitoringAgency);
      data.targets.forEach((t, i) => checkEvidence(file, `targets[${i}].evidence`, t.evidence, ref));
      indicatorSanity(file, data, problems);
      data.observations.forEach((o, i) => {
        checkEvidence(file, `observations[${i}].evidence`, o.evidence, ref);
        notAfterAsOf(file, `observations[${i}].date`, o.date, asOf, problems);
      });
    });
  }
  for (const list of [
    content.meta ? [content.meta] : [],
    content.agencies,
    content.sources,
    content.tasks,
    content.indicators,
    content.assessments,
  ]) {
    for (const { file, data, valid } of list as ParsedRecord<{ revisions?: Task['revisions'] }>[]) {
      guarded(valid, () => problems.push(...revisionCrossProblems(file, data.revisions ?? [], asOf, ref)));
    }
  }
  problems.push(
    ...reporterProblems({
      agencies: content.agencies.filter((r) => r.valid).map((r) => r.data),
      sources: content.sources.filter((r) => r.valid).map((r) => r.data),
      tasks: content.tasks.filter((r) => r.valid),
      indicators: content.indicators.filter((r) => r.valid),
    }),
  );
  for (const { file, data, valid } of asRevised(content.assessments)) {
    guarded(valid, () => {
      ref(file, 'task', 'tasks', data.task);
      checkEvidence(file, 'evidence', data.evidence, ref);
      notAfterAsOf(file, 'date', data.date, asOf, problems);
    });
  }
  return problems;
}
