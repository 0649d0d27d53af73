/**
 * The reporter rule (src/domain/reporter-rule.ts) enforced where the data can show it: a report or
 * figure whose first registered document has an issuer must carry the kind the rule gives for
 * that issuer and the bodies leading the work on the report's date. Evidence given only as a web
 * address names no issuer, so it is checked no further than this: "press" needs a news outlet or
 * a web page among its evidence, never only official documents.
 */
import { reporterKindFor, relationOf } from '../reporter-rule.ts';
import type { Agency, Evidence, Indicator, Reporter, Source, Task } from '../schema/index.ts';
import { readTimeline } from '../timeline.ts';
import { applyRevisions } from '../revisions.ts';
import { describeValue, type Problem } from './problem.ts';

export interface ReporterCheckInput {
  agencies: readonly Agency[];
  sources: readonly Source[];
  tasks: readonly { file: string; data: Task }[];
  indicators: readonly { file: string; data: Indicator }[];
}

/** Documents only their issuer publishes: a report resting on these alone is never the press's own. */
const OFFICIAL_ACTS: ReadonlySet<string> = new Set(['resolution', 'decision', 'regulation', 'plan', 'law', 'notice']);

const RELATION_WORDS = { self: 'is or belongs to', directing: 'directs from above', supervising: 'supervises' } as const;

function checkOne(
  file: string,
  field: string,
  reporter: Reporter,
  evidence: readonly Evidence[],
  leads: readonly Agency[],
  lookup: (id: string) => Agency | undefined,
  source: (id: string) => Source | undefined,
  problems: Problem[],
): void {
  const documents = evidence.flatMap((e) => ('source' in e && source(e.source) !== undefined ? [source(e.source)!] : []));
  const issued = documents.find((d) => d.issuer !== null && d.issuer !== undefined && lookup(d.issuer) !== undefined);
  if (issued !== undefined) {
    const issuer = lookup(issued.issuer!)!;
    const expected = reporterKindFor(issuer, leads, lookup);
    const relation = relationOf(issuer, leads, lookup);
    if (expected !== null && relation !== null && expected !== reporter) {
      const lead = leads.map((l) => `"${l.id}"`).join(' and ') || 'nobody named';
      problems.push({
        file,
        field,
        expected: `"${expected}": its evidence "${issued.id}" was issued by "${issuer.id}", which ${RELATION_WORDS[relation]} the work's lead ${lead} (the rule on the Methodology page, "Who reported it")`,
        found: describeValue(reporter),
      });
      return;
    }
  }
  // Press needs something other than official acts with a known issuer: a web page, a news report,
  // a meeting (often known only through its coverage), or a record whose issuer is not named.
  const byOutlet = evidence.some((e) => {
    if (!('source' in e)) return true;
    const document = source(e.source);
    return document === undefined || !OFFICIAL_ACTS.has(document.kind) || document.issuer === null || document.issuer === undefined;
  });
  if (reporter === 'press' && evidence.length > 0 && !byOutlet) {
    problems.push({
      file,
      field,
      expected:
        'a news outlet or a web page among the evidence of a report filed as "press" (official documents alone make it their issuer’s report)',
      found: describeValue(reporter),
    });
  }
}

/** Every reporter kind the data can check against the rule. */
export function reporterProblems(input: ReporterCheckInput): Problem[] {
  const problems: Problem[] = [];
  const agencies = new Map(input.agencies.map((a) => [a.id, applyRevisions(a)] as const));
  const sources = new Map(input.sources.map((s) => [s.id, applyRevisions(s)] as const));
  const lookup = (id: string) => agencies.get(id);
  const source = (id: string) => sources.get(id);
  const bodies = (ids: readonly (string | null)[]) => ids.flatMap((id) => (id === null || lookup(id) === undefined ? [] : [lookup(id)!]));

  for (const { file, data } of input.tasks) {
    const task = applyRevisions(data);
    const indexOf = new Map(task.history.map((e, i) => [e.id, i] as const));
    for (const event of readTimeline(task, '9999-12-31').events) {
      if (event.type !== 'status') continue;
      const atDate = readTimeline(task, event.date);
      const leads = bodies([atDate.currentLead, ...atDate.currentJointLeads]);
      const correction = [...event.correctedBy].reverse().find((c) => c.replacement.reporter !== undefined);
      const field = correction
        ? `history[${indexOf.get(correction.id)}].replacement.reporter`
        : `history[${indexOf.get(event.id)}].reporter`;
      checkOne(file, field, event.reporter, event.evidence, leads, lookup, source, problems);
    }
  }
  for (const { file, data } of input.indicators) {
    const indicator = applyRevisions(data);
    const leads = bodies([indicator.monitoringAgency]);
    indicator.observations.forEach((o, i) =>
      checkOne(file, `observations[${i}].reporter`, o.reporter, o.evidence, leads, lookup, source, problems),
    );
  }
  return problems;
}
