/**
 * Rules that span fields or records, which a per-record schema cannot see: references between
 * collections, the order of history events, dates against the "as of" date and the assignment.
 */
import type { Agency, Assessment, DatasetMeta, Evidence, Indicator, Source, Task } from '../schema/index.ts';
import { describeValue, type Problem } from './problem.ts';
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
const NOUN: Record<Collection, string> = { agencies: 'a body', sources: 'a source', tasks: 'a task', indicators: 'an indicator' };

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

function checkEvidence(
  file: string,
  field: string,
  evidence: readonly Evidence[],
  ref: ReturnType<typeof referenceChecker>,
) {
  evidence.forEach((e, i) => {
    if ('source' in e) ref(file, `${field}[${i}].source`, 'sources', e.source);
  });
}

function checkTask({ file, data: task }: ParsedRecord<Task>, asOf: string | null, ref: ReturnType<typeof referenceChecker>, problems: Problem[]) {
  ref(file, 'source', 'sources', task.source);
  (task.citedIn ?? []).forEach((id, i) => ref(file, `citedIn[${i}]`, 'sources', id));
  ref(file, 'lead', 'agencies', task.lead);
  (task.coordinating ?? []).forEach((id, i) => ref(file, `coordinating[${i}]`, 'agencies', id));
  (task.indicators ?? []).forEach((id, i) => ref(file, `indicators[${i}]`, 'indicators', id));

  if (task.deadline !== null && task.deadline < task.assigned) {
    problems.push({ file, field: 'deadline', expected: `a date on or after the assignment date ${task.assigned}`, found: describeValue(task.deadline) });
  }
  if (asOf !== null && task.assigned > asOf) {
    problems.push({ file, field: 'assigned', expected: `a date on or before the data's "as of" date ${asOf}`, found: describeValue(task.assigned) });
  }

  const seen = new Map<string, number>();
  (task.history ?? []).forEach((event, i) => {
    const at = `history[${i}]`;
    const first = seen.get(event.id);
    if (first !== undefined) {
      problems.push({ file, field: `${at}.id`, expected: `an event id not used before in this task (history[${first}] has it)`, found: describeValue(event.id) });
    } else {
      seen.set(event.id, i);
    }
    const previous = task.history[i - 1];
    if (previous && event.date < previous.date) {
      problems.push({ file, field: `${at}.date`, expected: `a date on or after ${previous.date} (events are listed in date order)`, found: describeValue(event.date) });
    }
    if (event.date < task.assigned) {
      problems.push({ file, field: `${at}.date`, expected: `a date on or after the assignment date ${task.assigned}`, found: describeValue(event.date) });
    }
    if (asOf !== null && event.date > asOf) {
      problems.push({ file, field: `${at}.date`, expected: `a date on or before the data's "as of" date ${asOf}`, found: describeValue(event.date) });
    }
    checkEvidence(file, `${at}.evidence`, event.evidence ?? [], ref);
    if (event.type === 'deadline') {
      ref(file, `${at}.decidedBy`, 'agencies', event.decidedBy);
      if (event.deadline !== null && event.deadline < task.assigned) {
        problems.push({ file, field: `${at}.deadline`, expected: `a date on or after the assignment date ${task.assigned}`, found: describeValue(event.deadline) });
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
        problems.push({ file, field: `${at}.corrects`, expected: 'the id of an earlier event of this task', found: describeValue(event.corrects) });
      } else if (corrected.type === 'correction') {
        problems.push({ file, field: `${at}.corrects`, expected: 'the id of a status, deadline or transfer event (correct the original, not a correction)', found: describeValue(event.corrects) });
      }
      if (event.replacement.lead !== undefined) ref(file, `${at}.replacement.lead`, 'agencies', event.replacement.lead);
    }
  });
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
      if (data.parent === data.id) problems.push({ file, field: 'parent', expected: 'another body (a body cannot be its own parent)', found: describeValue(data.parent) });
      checkEvidence(file, 'evidence', data.evidence ?? [], ref);
    });
  }
  for (const { file, data, valid } of asRevised(content.sources)) {
    guarded(valid, () => {
      ref(file, 'issuer', 'agencies', data.issuer);
      ref(file, 'meeting', 'sources', data.meeting);
      if (asOf !== null && typeof data.date === 'string' && data.date > asOf) {
        problems.push({ file, field: 'date', expected: `a date on or before the data's "as of" date ${asOf}`, found: describeValue(data.date) });
      }
    });
  }
  for (const record of asRevised(content.tasks)) guarded(record.valid, () => checkTask(record, asOf, ref, problems));
  for (const { file, data, valid } of asRevised(content.indicators)) {
    guarded(valid, () => {
      ref(file, 'monitoringAgency', 'agencies', data.monitoringAgency);
      data.targets.forEach((t, i) => checkEvidence(file, `targets[${i}].evidence`, t.evidence, ref));
      data.observations.forEach((o, i) => {
        checkEvidence(file, `observations[${i}].evidence`, o.evidence, ref);
        if (asOf !== null && o.date > asOf) {
          problems.push({ file, field: `observations[${i}].date`, expected: `a date on or before the data's "as of" date ${asOf}`, found: describeValue(o.date) });
        }
      });
    });
  }
  for (const list of [content.meta ? [content.meta] : [], content.agencies, content.sources, content.tasks, content.indicators, content.assessments]) {
    for (const { file, data, valid } of list as ParsedRecord<{ revisions?: Task['revisions'] }>[]) {
      guarded(valid, () => problems.push(...revisionCrossProblems(file, data.revisions ?? [], asOf, ref)));
    }
  }
  for (const { file, data, valid } of asRevised(content.assessments)) {
    guarded(valid, () => {
      ref(file, 'task', 'tasks', data.task);
      checkEvidence(file, 'evidence', data.evidence, ref);
      if (asOf !== null && data.date > asOf) {
        problems.push({ file, field: 'date', expected: `a date on or before the data's "as of" date ${asOf}`, found: describeValue(data.date) });
      }
    });
  }
  return problems;
}
