/**
 * Revisions must apply: each names a field the record has (not one that changes another way), and
 * the record with the new value still meets its schema. Checked one revision at a time, so the
 * message names the revision that breaks it.
 */
import type { z } from 'zod';
import { lockedField, parseFieldPath, withValueAt } from '../revisions.ts';
import type { Revision } from '../schema/index.ts';
import { describeValue, formatPath, type Problem } from './problem.ts';

export function revisionProblems<T>(
  file: string,
  record: T & { revisions?: Revision[] | undefined },
  schema: z.ZodType<T>,
  isTask: boolean,
): Problem[] {
  const problems: Problem[] = [];
  let current: T = record;
  (record.revisions ?? []).forEach((r, i) => {
    if (r.type !== 'revision') return;
    const at = `revisions[${i}]`;
    const locked = lockedField(r.field, isTask, r.decidedBy);
    if (locked !== null) {
      problems.push({ file, field: `${at}.field`, expected: `a field a revision may change (${locked})`, found: describeValue(r.field) });
      return;
    }
    const next = withValueAt(current, parseFieldPath(r.field), r.value);
    if (next === null) {
      problems.push({
        file,
        field: `${at}.field`,
        expected: 'a field the record has (an array position within the list)',
        found: describeValue(r.field),
      });
      return;
    }
    const result = schema.safeParse(next);
    if (!result.success) {
      const issue = result.error.issues[0]!;
      problems.push({
        file,
        field: `${at}.value`,
        expected: `a value that keeps the record valid (${formatPath(issue.path)}: ${issue.message})`,
        found: describeValue(r.value),
      });
      return;
    }
    current = next;
  });
  return problems;
}

type Ref = (file: string, field: string, collection: 'agencies' | 'sources', id: string | null | undefined) => void;

/** Dates in order and not after "as of", unique ids, known deciding bodies and sources, at most one withdrawal. */
export function revisionCrossProblems(file: string, revisions: readonly Revision[], asOf: string | null, ref: Ref): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  let withdrawn = false;
  revisions.forEach((r, i) => {
    const at = `revisions[${i}]`;
    if (seen.has(r.id))
      problems.push({ file, field: `${at}.id`, expected: 'an id no other revision of this record uses', found: describeValue(r.id) });
    seen.add(r.id);
    const previous = revisions[i - 1];
    if (previous && r.date < previous.date)
      problems.push({
        file,
        field: `${at}.date`,
        expected: `a date on or after ${previous.date} (revisions are listed in date order)`,
        found: describeValue(r.date),
      });
    if (asOf !== null && r.date > asOf)
      problems.push({
        file,
        field: `${at}.date`,
        expected: `a date on or before the data's "as of" date ${asOf}`,
        found: describeValue(r.date),
      });
    if (withdrawn)
      problems.push({
        file,
        field: at,
        expected: 'nothing after the withdrawal (a withdrawn record changes no more)',
        found: `a ${r.type}`,
      });
    if (r.type === 'withdrawal') withdrawn = true;
    ref(file, `${at}.decidedBy`, 'agencies', r.decidedBy);
    r.evidence.forEach((e, j) => {
      if ('source' in e) ref(file, `${at}.evidence[${j}].source`, 'sources', e.source);
    });
  });
  return problems;
}
