/**
 * The reporter rule on hand-written cases: who issued the document, against who leads the work.
 * Bodies as in content/agencies (parent links) but written out here so the test owns its answers.
 */
import { describe, expect, it } from 'vitest';
import { relationOf, reporterKindFor } from '../../src/domain/reporter-rule.ts';
import type { Agency, Task } from '../../src/domain/schema/index.ts';
import { reporterProblems } from '../../src/domain/validate/reporter-checks.ts';
import { formatProblem } from '../../src/domain/validate/problem.ts';

const body = (id: string, kind: Agency['kind'], parent: string | null = null): Agency => ({ id, kind, parent, name: { vi: id } }) as Agency;
const bodies = [
  body('government', 'government'),
  body('prime-minister', 'government', 'government'),
  body('government-steering-committee', 'government', 'government'),
  body('government-inspectorate', 'ministry-level-agency', 'government'),
  body('ministry-science-technology', 'ministry', 'government'),
  body('mst-department', 'ministry-level-agency', 'ministry-science-technology'),
  body('ministry-finance', 'ministry', 'government'),
  body('national-assembly', 'national-assembly'),
  body('na-party-committee', 'party-committee'),
  body('government-party-committee', 'party-committee'),
  body('central-steering-committee', 'steering-committee'),
  body('sc-standing-committee', 'steering-committee', 'central-steering-committee'),
  body('politburo', 'party-leadership'),
  body('ministries-sectors-localities', 'group'),
  body('hanoi', 'city'),
];
const lookup = (id: string) => bodies.find((b) => b.id === id);
const a = (id: string) => lookup(id)!;

describe('the reporter rule', () => {
  it.each([
    // issuer, leads, kind
    ['ministry-science-technology', ['ministry-science-technology'], 'responsible-body'], // the lead itself
    ['mst-department', ['ministry-science-technology'], 'responsible-body'], // a unit inside it
    ['government', ['ministry-science-technology'], 'steering-committee'], // a Government decree on a ministry's task
    ['prime-minister', ['ministry-science-technology'], 'steering-committee'], // a (Deputy) Prime Minister's decision
    ['government-steering-committee', ['ministries-sectors-localities'], 'steering-committee'],
    ['government', ['government-party-committee'], 'responsible-body'], // the organ its Party committee leads
    ['ministry-finance', ['government-party-committee'], 'responsible-body'], // a member of the Government
    ['national-assembly', ['government-party-committee'], 'oversight'], // the Assembly supervising the Government
    ['national-assembly', ['government-party-committee', 'na-party-committee'], 'responsible-body'], // a joint lead's organ
    ['government-inspectorate', ['ministry-science-technology'], 'oversight'],
    ['sc-standing-committee', ['ministry-science-technology'], 'steering-committee'],
    ['sc-standing-committee', ['central-steering-committee'], 'responsible-body'], // its own standing body
    ['politburo', ['hanoi'], 'steering-committee'],
    ['hanoi', ['ministries-sectors-localities'], 'responsible-body'], // a member of the group that leads
  ] as const)('a document by %s on work led by %j is filed as %s', (issuer, leads, kind) => {
    expect(reporterKindFor(a(issuer), leads.map(a), lookup)).toBe(kind);
  });

  it('gives no answer for a body reporting on another body’s work it neither directs nor supervises', () => {
    expect(relationOf(a('ministry-finance'), [a('ministry-science-technology')], lookup)).toBeNull();
    expect(reporterKindFor(a('hanoi'), [a('ministry-science-technology')], lookup)).toBeNull();
  });
});

describe('the data check of reporter kinds', () => {
  const sources = [
    { id: 'decree-1', kind: 'decision', issuer: 'government', date: '2026-01-01', title: { vi: 'Nghị định' }, language: 'vi' },
    { id: 'news-1', kind: 'news-report', issuer: null, outlet: 'Báo', date: '2026-01-02', title: { vi: 'Tin' }, language: 'vi' },
  ] as never[];
  const task = (reporter: string, evidence: object[], extra: object[] = []) =>
    ({
      id: 't',
      assigned: '2025-12-01',
      lead: 'ministry-science-technology',
      deadline: null,
      history: [
        { type: 'status', id: 'decree', date: '2026-01-03', status: 'in_progress', reporter, note: { vi: 'x' }, evidence },
        ...extra,
      ],
    }) as unknown as Task;
  const check = (t: Task) =>
    reporterProblems({ agencies: bodies, sources, tasks: [{ file: 'content/tasks/t.json', data: t }], indicators: [] }).map(formatProblem);

  it('refuses a Government decree filed as the ministry’s own report', () => {
    expect(check(task('responsible-body', [{ source: 'decree-1' }]))).toEqual([
      'content/tasks/t.json › history[0].reporter: expected "steering-committee": its evidence "decree-1" was issued by "government", which directs from above the work\'s lead "ministry-science-technology" (the rule on the Methodology page, "Who reported it"); found "responsible-body"',
    ]);
  });

  it('accepts it once a correction files it by the rule, and names the correction when the correction is wrong', () => {
    const fix = (reporter: string) => ({
      type: 'correction',
      id: 'fix',
      date: '2026-02-01',
      corrects: 'decree',
      reason: { vi: 'Theo quy tắc.' },
      replacement: { reporter },
      evidence: [{ source: 'decree-1' }],
    });
    expect(check(task('responsible-body', [{ source: 'decree-1' }], [fix('steering-committee')]))).toEqual([]);
    expect(check(task('responsible-body', [{ source: 'decree-1' }], [fix('press')]))[0]).toMatch(
      /^content\/tasks\/t.json › history\[1\]\.replacement\.reporter: expected "steering-committee"/,
    );
  });

  it('cannot check evidence given only as a web address, except that press needs an outlet', () => {
    expect(check(task('oversight', [{ url: 'https://example.org/a', publisher: 'Example' }]))).toEqual([]);
    expect(check(task('press', [{ source: 'news-1' }]))).toEqual([]);
    expect(check(task('press', [{ source: 'decree-1' }]))[0]).toContain('expected "steering-committee"');
  });
});
