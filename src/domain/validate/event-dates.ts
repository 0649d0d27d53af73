/**
 * Dates inside an event that the schema cannot order: when the reported work happened against
 * when it was reported, and the search a "checked, no new report" event stands on. A check that
 * does not say where it looked and which weeks of publications it covered cannot tell a reader
 * that nothing was published (issue 29, item 2), so every checked event must say so, directly or
 * through a correction of it.
 */
import type { Task } from '../schema/index.ts';
import { readTimeline } from '../timeline.ts';
import { describeValue, type Problem } from './problem.ts';

type Searched = NonNullable<Extract<Task['history'][number], { type: 'checked' }>['searched']>;

const isIso = (value: unknown): value is string => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);

/** The field that gave an event its current value: the last correction that set it, else the event's own. */
function fieldOf(
  indexOf: ReadonlyMap<string, number>,
  event: { id: string; correctedBy: readonly { id: string; replacement: Record<string, unknown> }[] },
  key: string,
): string {
  const correction = [...event.correctedBy].reverse().find((c) => c.replacement[key] !== undefined);
  return correction ? `history[${indexOf.get(correction.id)}].replacement.${key}` : `history[${indexOf.get(event.id)}].${key}`;
}

function checkSearched(file: string, field: string, searched: Searched, reportedOn: string, problems: Problem[]): void {
  if (isIso(searched.from) && isIso(searched.to) && searched.to < searched.from) {
    problems.push({
      file,
      field: `${field}.to`,
      expected: `a date on or after "from" (${searched.from})`,
      found: describeValue(searched.to),
    });
  }
  if (isIso(searched.to) && reportedOn < searched.to) {
    problems.push({
      file,
      field: `${field}.to`,
      expected: `a date on or before the day of the check (${reportedOn}): a search cannot cover what was not yet published`,
      found: describeValue(searched.to),
    });
  }
}

/** Problems with `happened` on status reports and `searched` on checked events, as the events read after corrections. */
export function eventDateProblems(file: string, task: Task): Problem[] {
  const problems: Problem[] = [];
  const indexOf = new Map(task.history.map((e, i) => [e.id, i] as const));
  for (const event of readTimeline(task, '9999-12-31').events) {
    if (event.type === 'status' && isIso(event.happened) && event.date < event.happened) {
      problems.push({
        file,
        field: fieldOf(indexOf, event, 'happened'),
        expected: `a date on or before the report's date ${event.date} (the work cannot happen after it was reported)`,
        found: describeValue(event.happened),
      });
    }
    if (event.type !== 'checked') continue;
    if (event.searched === undefined) {
      problems.push({
        file,
        field: `history[${indexOf.get(event.id)}].searched`,
        expected:
          'where the check looked and for what: {"places": ["<site or register>"], "queries": ["<words searched>"], "from": "YYYY-MM-DD", "to": "YYYY-MM-DD"} (or a correction that adds it)',
        found: describeValue(undefined),
      });
    } else {
      checkSearched(file, fieldOf(indexOf, event, 'searched'), event.searched, event.date, problems);
    }
  }
  return problems;
}
