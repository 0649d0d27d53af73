/**
 * A revised and a withdrawn record as a reader meets them: the page shows the published value, the
 * new one, the reason and the date; a withdrawn body stays readable, marked withdrawn; and a
 * revision that would break the record is refused by the data check.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readContent } from '../../src/data/read-content.ts';
import { formatProblem } from '../../src/domain/validate/problem.ts';
import { validateContent } from '../../src/domain/validate/validate-content.ts';

const work = mkdtempSync(join(tmpdir(), 'ck57-revisions-'));
const content = join(work, 'content');
const dist = join(work, 'dist');
const decision = {
  reason: { vi: 'Đổi tên theo quyết định.', en: 'Renamed by decision.' },
  decidedBy: 'ministry-b',
  evidence: [{ source: 'meeting-x' }],
};

function edit(file: string, change: (json: any) => void): void {
  const json = JSON.parse(readFileSync(file, 'utf8'));
  change(json);
  writeFileSync(file, JSON.stringify(json, null, 2));
}

beforeAll(() => {
  cpSync('tests/fixtures/minimal', content, { recursive: true });
  edit(
    join(content, 'agencies', 'ministry-a.json'),
    (a) =>
      (a.revisions = [
        {
          type: 'revision',
          id: 'renamed',
          date: '2026-03-01',
          field: 'name',
          value: { vi: 'Bộ A mới', en: 'New Ministry A' },
          ...decision,
        },
      ]),
  );
  edit(
    join(content, 'agencies', 'ministry-b.json'),
    (a) => (a.revisions = [{ type: 'withdrawal', id: 'merged', date: '2026-03-02', ...decision, decidedBy: null }]),
  );
  edit(
    join(content, 'tasks', 'overdue-task.json'),
    (t) =>
      (t.revisions = [
        {
          type: 'revision',
          id: 'no-lead-named',
          date: '2026-03-03',
          field: 'lead',
          value: null,
          ...decision,
          reason: { vi: 'Nguồn không nêu cơ quan chủ trì.', en: 'The source names no lead body.' },
          decidedBy: null,
        },
      ]),
  );
  const run = spawnSync(process.execPath, ['src/cli/build.ts'], {
    env: { ...process.env, CK57_CONTENT: content, CK57_DIST: dist, CK57_LOG: 'quiet' },
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`${run.stdout}${run.stderr}`);
}, 300_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

const page = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8').replace(/<!--.*?-->/g, '');

describe('a revised record', () => {
  it('is shown with its new name, and the change with both values, the reason, the date and who decided', () => {
    const html = page('en/bodies/ministry-a');
    expect(html).toMatch(/<h1[^>]*><span>New Ministry A<\/span><\/h1>/);
    expect(html).toContain('Corrections and changes');
    expect(html).toMatch(/<del[^>]*>Ministry A<\/del>/);
    expect(html).toMatch(/<ins[^>]*>New Ministry A<\/ins>/);
    expect(html).toContain('Renamed by decision.');
    expect(html).toContain('1 March 2026');
    expect(html).toContain('href="/en/bodies/ministry-b/"');
  });

  it('shows a lead corrected to nobody by name, never by id: the body before, "not named" after', () => {
    const html = page('en/tasks/overdue-task');
    expect(html).toMatch(/<span data-field="lead"[^>]*>Lead body<\/span>/);
    expect(html).toMatch(/<del[^>]*><a href="\/en\/bodies\/ministry-a\/">New Ministry A<\/a><\/del>/);
    expect(html).toMatch(/<ins[^>]*>Not named in the source<\/ins>/);
    expect(html).toContain('The source names no lead body.');
  });

  it('is withdrawn but still readable, marked withdrawn', () => {
    const html = page('en/bodies/ministry-b');
    expect(html).toContain('Ministry B');
    expect(html).toContain('Withdrawn on 2 March 2026.');
    expect(html).toContain('the portal’s editors (a correction of our own transcription)');
  });

  it('is refused when the revision targets a locked field or breaks the schema', () => {
    edit(join(content, 'tasks', 'late-task.json'), (t) => {
      t.revisions = [
        { type: 'revision', id: 'moved', date: '2026-03-01', field: 'deadline', value: '2030-01-01', ...decision },
        { type: 'revision', id: 'bad', date: '2026-03-02', field: 'title', value: 42, ...decision },
        { type: 'revision', id: 'nowhere', date: '2026-03-03', field: 'coordinating[5]', value: 'ministry-b', ...decision },
        { type: 'revision', id: 'handed-over', date: '2026-03-04', field: 'lead', value: 'ministry-b', ...decision },
      ];
    });
    edit(join(content, 'tasks', 'overdue-task.json'), (t) => {
      t.revisions = [
        ...t.revisions,
        { type: 'revision', id: 'unknown-source', date: '2026-03-04', field: 'source', value: 'no-such-source', ...decision },
      ];
    });
    const messages = validateContent(readContent(work, 'content')).problems.map(formatProblem);
    expect(messages).toEqual([
      'content/tasks/late-task.json › revisions[0].field: expected a field a revision may change (a deadline changes through a "deadline" event in history); found "deadline"',
      'content/tasks/late-task.json › revisions[1].value: expected a value that keeps the record valid (title: expected an object of texts by language, with at least "vi"); found 42',
      'content/tasks/late-task.json › revisions[2].field: expected a field the record has (an array position within the list); found "coordinating[5]"',
      'content/tasks/late-task.json › revisions[3].field: expected a field a revision may change (a decision that moves responsibility is a "transfer" event in history; a revision of "lead" only corrects our transcription (decidedBy null)); found "lead"',
      'content/tasks/overdue-task.json › source: expected the id of a source in content/sources/; found "no-such-source", which no file in content/sources/ has',
    ]);
  });
});
