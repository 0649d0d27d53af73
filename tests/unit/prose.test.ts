/**
 * Editorial pages: the check that refuses an unknown component or a broken reference with file and
 * line, and the task selection behind <TaskList>, counted by hand on the frozen fixture.
 */
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/load-dataset.ts';
import { readProse } from '../../src/data/read-prose.ts';
import { checkProse, markupLines, type KnownRecords, type ProseFile } from '../../src/domain/prose/check-prose.ts';
import { selectTasks, tasksOfMeeting } from '../../src/domain/prose/select-tasks.ts';
import { formatProblem } from '../../src/domain/validate/problem.ts';

const FIXTURE = 'tests/fixtures/dataset-2026-03-13/content';
const data = loadDataset(process.cwd(), FIXTURE);
const known: KnownRecords = {
  sources: new Set(data.sources.map((s) => s.id)),
  meetings: new Set(data.sources.filter((s) => s.kind === 'meeting').map((s) => s.id)),
  agencies: new Set(data.agencies.map((a) => a.id)),
  tasks: new Set(data.tasks.map((t) => t.id)),
  indicators: new Set(data.indicators.map((i) => i.id)),
  releases: new Set(['2026-03-13']),
};
const page = (relative: string, text: string): ProseFile => ({ path: `content/pages/${relative}`, relative, text });
const check = (...files: ProseFile[]) => checkProse(files, known).map(formatProblem);

describe('the editorial pages check', () => {
  it('accepts the frozen fixture’s pages, which use every component', () => {
    const files = readProse(process.cwd(), FIXTURE);
    expect(files.map((f) => f.relative)).toEqual([
      'guides/components/en.mdx',
      'guides/components/vi.mdx',
      'meetings/meeting-2025-10-15/vi.mdx',
      'releases/2026-03-13/en.mdx',
      'releases/2026-03-13/vi.mdx',
    ]);
    expect(checkProse(files, known)).toEqual([]);
    const used = new Set(
      [
        ...markupLines(files[0]!.text)
          .join('\n')
          .matchAll(/<([A-Z]\w*)/g),
      ].map((m) => m[1]),
    );
    expect([...used].sort()).toEqual([
      'Cite',
      'DatasetFact',
      'DeadlineLedger',
      'IndicatorChart',
      'StatusRules',
      'StatusSummary',
      'TaskList',
    ]);
  });

  it('refuses an unknown component, naming the file and its line, and ignores tags in code', () => {
    const files = readProse(process.cwd(), 'tests/fixtures/prose-invalid');
    // Line 13 of the file (counted by hand, front matter included); <NotAComponent> on line 8 is in a code block.
    expect(checkProse(files, known).map(formatProblem)).toEqual([
      'tests/fixtures/prose-invalid/pages/guides/unknown-component/vi.mdx › line 13: expected one of the page components: TaskList, StatusSummary, IndicatorChart, Cite, DeadlineLedger, StatusRules, ReporterRules, DatasetFact; found <TaskChart>',
    ]);
  });

  it('refuses a broken reference, an unknown prop, a missing required prop and an expression', () => {
    const text = [
      '---',
      'title: "x"',
      '---',
      '',
      '<Cite source="no-such-source" />',
      '<TaskList meeting="resolution-57-nq-tw"',
      '  colour="red" />',
      '<DeadlineLedger />',
      '<StatusSummary status={x} />',
    ].join('\n');
    expect(check(page('about/vi.mdx', text))).toEqual([
      'content/pages/about/vi.mdx › line 5 <Cite> source: expected the id of a source in content/sources; found "no-such-source"',
      'content/pages/about/vi.mdx › line 6 <TaskList> meeting: expected the id of a meeting in content/sources (meeting-2025-05-29, meeting-2025-10-15, meeting-2025-12-18, meeting-2025-12-25, meeting-2026-02-25); found "resolution-57-nq-tw"',
      'content/pages/about/vi.mdx › line 6 <TaskList>: expected one of the props meeting, source, body, theme, status; found "colour"',
      'content/pages/about/vi.mdx › line 8 <DeadlineLedger> task: expected the task this component shows; found nothing (the prop is missing)',
      'content/pages/about/vi.mdx › line 9 <StatusSummary> status: expected a value in quotes, e.g. status="…"; found an expression in braces',
    ]);
  });

  it('refuses imports, pages without a place, files not named after a language, and pages without Vietnamese', () => {
    expect(check(page('about/vi.mdx', 'import X from "./x.astro";\n\nText.'))).toEqual([
      'content/pages/about/vi.mdx › line 1: expected no import or export: the page components are provided to every page; found "import X from \\"./x.astro\\";"',
    ]);
    expect(check(page('blog/vi.mdx', 'Text.'))[0]).toContain('content/pages/blog/vi.mdx: expected a page folder');
    expect(check(page('meetings/meeting-2099-01-01/vi.mdx', 'Text.'))[0]).toContain('expected a folder named after a meeting');
    expect(check(page('releases/2025-01-01/vi.mdx', 'Text.'))[0]).toContain(
      'expected a folder named after a recorded release (2026-03-13)',
    );
    expect(check(page('about/vi.mdx', 'Text.'), page('about/english.mdx', 'Text.'))[0]).toContain(
      'expected a file named after its language',
    );
    expect(check(page('guides/readers/en.mdx', 'Text.'))).toEqual([
      'content/pages/guides/readers/vi.mdx: expected the page in Vietnamese (required; other languages fall back to it); found nothing (the file is missing)',
    ]);
  });

  it('blanks front matter and code but keeps line numbers', () => {
    expect(markupLines('---\ntitle: "<A>"\n---\n`<B>` and <C />\n~~~\n<D />\n~~~\n<E />')).toEqual([
      '',
      '',
      '',
      ' and <C />',
      '',
      '',
      '',
      '<E />',
    ]);
  });
});

describe('the tasks a meeting assigned, on the frozen fixture', () => {
  // Counted by hand from the "source" field of tests/fixtures/dataset-2026-03-13/content/tasks/*.json.
  it.each([
    ['meeting-2025-05-29', 10],
    ['meeting-2025-10-15', 13],
    ['meeting-2025-12-18', 2],
    ['meeting-2025-12-25', 0],
    ['meeting-2026-02-25', 1],
  ])('%s assigned %i tasks', (meeting, count) => {
    expect(tasksOfMeeting(data, meeting)).toHaveLength(count);
  });

  it('lists exactly the thirteen tasks of 15 October 2025', () => {
    const ids = tasksOfMeeting(data, 'meeting-2025-10-15').map((v) => v.task.id);
    expect(ids).toEqual(Array.from({ length: 13 }, (_, i) => `s57-2025-10-15-${String(i + 1).padStart(2, '0')}`));
  });

  it('combines filters: the 29 May 2025 tasks led by the Ministry of Science and Technology', () => {
    const ids = selectTasks(data, { meeting: 'meeting-2025-05-29', body: 'ministry-science-technology' }).map((v) => v.task.id);
    expect(ids).toEqual(['s57-2025-05-29-02', 's57-2025-05-29-04']);
    const humanResources = selectTasks(data, { meeting: 'meeting-2025-05-29', theme: 'human-resources' }).map((v) => v.task.id);
    expect(humanResources).toEqual(['s57-2025-05-29-01', 's57-2025-05-29-02', 's57-2025-05-29-07']);
  });
});
