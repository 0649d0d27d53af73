/**
 * Every class of bad data the build must refuse, each in a small variant of the minimal fixture.
 * Each test asserts the message names the file and the field, as an editor would need.
 */
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/data/read-content.ts';
import { formatProblem } from '../../src/domain/validate/problem.ts';
import { validateContent, type RawContent } from '../../src/domain/validate/validate-content.ts';

const fixture = (): RawContent => readContent(process.cwd(), 'tests/fixtures/minimal');
const LATE = 'tests/fixtures/minimal/tasks/late-task.json';

/** The fixture with one file's JSON changed by `edit`. */
function withEdit(path: string, edit: (json: any) => void): RawContent {
  const raw = fixture();
  for (const list of [raw.agencies, raw.sources, raw.tasks, raw.indicators]) {
    for (const file of list) {
      if (file.path === path) {
        const json = JSON.parse(file.text);
        edit(json);
        file.text = JSON.stringify(json);
      }
    }
  }
  return raw;
}

function messages(raw: RawContent): string[] {
  return validateContent(raw).problems.map(formatProblem);
}

describe('validateContent', () => {
  it('accepts the valid fixture', () => {
    expect(messages(fixture())).toEqual([]);
  });

  it('reports malformed JSON with the file and the syntax error', () => {
    const raw = fixture();
    raw.tasks[0]!.text = '{ "id": "late-task", ';
    const [message] = messages(raw);
    expect(message).toContain(LATE);
    expect(message).toContain('expected well-formed JSON');
  });

  it('reports a missing required field by its path', () => {
    const found = messages(withEdit(LATE, (j) => delete j.deadline));
    expect(found).toEqual([`${LATE} › deadline: expected a date written as YYYY-MM-DD; found nothing (the field is missing)`]);
  });

  it('reports a wrong type with what was found', () => {
    const found = messages(withEdit(LATE, (j) => (j.coordinating = 'ministry-b')));
    expect(found[0]).toContain(`${LATE} › coordinating: expected`);
    expect(found[0]).toContain('found "ministry-b"');
  });

  it('reports a reference to a body that does not exist', () => {
    const found = messages(withEdit(LATE, (j) => (j.lead = 'ministry-z')));
    expect(found).toEqual([
      `${LATE} › lead: expected the id of a body in content/agencies/; found "ministry-z", which no file in content/agencies/ has`,
    ]);
  });

  it('reports unknown source and indicator ids too', () => {
    const found = messages(
      withEdit(LATE, (j) => {
        j.source = 'nowhere';
        j.indicators = ['no-such-indicator'];
      }),
    );
    expect(found.some((m) => m.startsWith(`${LATE} › source: expected the id of a source`))).toBe(true);
    expect(found.some((m) => m.startsWith(`${LATE} › indicators[0]: expected the id of an indicator`))).toBe(true);
  });

  it('reports a duplicate id across two files', () => {
    const raw = fixture();
    raw.agencies.push({
      path: 'tests/fixtures/minimal/agencies/Ministry-A.json',
      text: JSON.stringify({ ...JSON.parse(raw.agencies[0]!.text), id: 'Ministry-A' }),
    });
    const found = messages(raw);
    expect(found.some((m) => m.includes('Ministry-A.json › id'))).toBe(true);
  });

  it('reports an id that differs from the file name', () => {
    const found = messages(withEdit(LATE, (j) => (j.id = 'other-task')));
    expect(found).toEqual([`${LATE} › id: expected the file name without .json, "late-task"; found "other-task"`]);
  });

  it('accepts a report found late: recorded after an event dated later', () => {
    expect(messages(withEdit(LATE, (j) => j.history.reverse()))).toEqual([]);
  });

  it('reports an event dated after the "as of" date', () => {
    const found = messages(withEdit(LATE, (j) => (j.history[1].date = '2026-05-01')));
    expect(found).toEqual([
      `${LATE} › history[1].date: expected a date on or before the data's "as of" date 2026-04-10; found "2026-05-01"`,
    ]);
  });

  it('reports a deadline before the assignment date', () => {
    const found = messages(withEdit(LATE, (j) => (j.deadline = '2025-12-31')));
    expect(found).toEqual([`${LATE} › deadline: expected a date on or after the assignment date 2026-01-05; found "2025-12-31"`]);
  });

  it('reports progress outside 0–100', () => {
    const found = messages(withEdit(LATE, (j) => (j.history[0].progress = 140)));
    expect(found).toEqual([`${LATE} › history[0].progress: expected a number from 0 to 100; found 140`]);
  });

  it('reports a URL that is not http(s)', () => {
    const found = messages(withEdit(LATE, (j) => (j.history[1].evidence[0].url = 'javascript:alert(1)')));
    expect(found).toEqual([
      `${LATE} › history[1].evidence[0].url: expected a web address starting with http:// or https://; found "javascript:alert(1)"`,
    ]);
  });

  it('reports every problem at once, across files', () => {
    const raw = withEdit(LATE, (j) => {
      j.history[0].progress = -5;
      j.lead = 'nobody';
    });
    raw.sources[0]!.text = '{';
    const found = messages(raw);
    expect(found.length).toBeGreaterThanOrEqual(2);
    expect(found.some((m) => m.includes('meeting-x.json'))).toBe(true);
    expect(found.some((m) => m.includes('late-task.json › history[0].progress'))).toBe(true);
  });
});

describe('who reported it', () => {
  it('refuses a status report that does not say who made it, naming the codes', () => {
    const raw = withEdit(LATE, (json) => delete json.history[0].reporter);
    expect(messages(raw)).toEqual([
      'tests/fixtures/minimal/tasks/late-task.json › history[0].reporter: expected who reported it, one of: responsible-body, steering-committee, oversight, press; found nothing (the field is missing)',
    ]);
  });

  it('refuses a reporter outside the four codes', () => {
    const raw = withEdit(LATE, (json) => (json.history[1].reporter = 'ministry'));
    expect(messages(raw)).toEqual([
      'tests/fixtures/minimal/tasks/late-task.json › history[1].reporter: expected who reported it, one of: responsible-body, steering-committee, oversight, press; found "ministry"',
    ]);
  });
});

describe('assessments', () => {
  it('reports an assessment of a task that does not exist', () => {
    const raw = fixture();
    const file = raw.assessments.find((f) => f.path.endsWith('review-overdue-task.json'))!;
    file.text = file.text.replace('"task": "overdue-task"', '"task": "no-such-task"');
    expect(messages(raw)).toEqual([
      'tests/fixtures/minimal/assessments/review-overdue-task.json › task: expected the id of a task in content/tasks/; found "no-such-task", which no file in content/tasks/ has',
    ]);
  });
});

describe('rules across records', () => {
  const TRANSFERRED = 'tests/fixtures/minimal/tasks/transferred-task.json';
  const MEETING = 'tests/fixtures/minimal/sources/meeting-x.json';

  it('refuses a correction that turns a transfer into one to the body already leading', () => {
    const found = messages(
      withEdit(TRANSFERRED, (j) =>
        j.history.push({
          type: 'correction',
          id: 'fix',
          date: '2026-03-20',
          corrects: 'handover',
          reason: { vi: 'Sửa.' },
          replacement: { lead: 'ministry-a' },
          evidence: [{ source: 'meeting-x' }],
        }),
      ),
    );
    expect(found).toEqual([
      `${TRANSFERRED} › history[3].replacement.lead: expected another body than the one already leading the task; found "ministry-a", which leads it already`,
    ]);
  });

  it('refuses a task assigned before the document that assigns it', () => {
    const found = messages(withEdit(MEETING, (j) => (j.date = '2026-01-06'))).filter((m) => m.includes('late-task.json'));
    expect(found).toEqual([
      `${LATE} › assigned: expected a date on or after 2026-01-06, the date of "meeting-x" that assigned it; found "2026-01-05"`,
    ]);
  });

  it('accepts a meeting known only through the news report that covers it, both at one address', () => {
    const raw = withEdit(MEETING, (j) => (j.url = 'https://example.org/report'));
    raw.sources.push({
      path: 'tests/fixtures/minimal/sources/report-x.json',
      text: JSON.stringify({
        id: 'report-x',
        kind: 'news-report',
        title: { vi: 'Tin về phiên họp X' },
        issuer: null,
        date: '2026-01-04',
        outlet: 'Báo X',
        url: 'https://example.org/report/',
        language: 'vi',
        meeting: 'meeting-x',
      }),
    });
    expect(messages(raw)).toEqual([
      'tests/fixtures/minimal/sources/report-x.json › date: expected a date on or after 2026-01-05, the date of the meeting it reports on; found "2026-01-04"',
    ]);
  });

  it('gives a malformed date one message, not a second about its order', () => {
    expect(messages(withEdit(LATE, (j) => (j.history[1].date = '2026-4-2')))).toEqual([
      `${LATE} › history[1].date: expected a date written as YYYY-MM-DD; found "2026-4-2"`,
    ]);
  });
});

describe('hidden characters in text', () => {
  it('refuses a bidirectional isolate, a lone surrogate and a tab, and shows each by its code', () => {
    const found = messages(
      withEdit(LATE, (j) => {
        j.title.vi = 'Nhiệm vụ \u2067ẩn\u2069';
        j.title.en = 'Task \ud800';
        j.description.vi = 'Mô\ttả';
      }),
    );
    const expected = 'expected text without control characters or bidirectional overrides';
    expect(found).toEqual([
      `${LATE} › description.vi: ${expected}; found "Mô\\ttả"`,
      `${LATE} › title.en: ${expected}; found "Task \\ud800"`,
      `${LATE} › title.vi: ${expected}; found "Nhiệm vụ \\u2067ẩn\\u2069"`,
    ]);
  });

  it('accepts a line break, a left-to-right mark and a zero-width joiner inside visible text', () => {
    expect(messages(withEdit(LATE, (j) => (j.title.vi = 'Dòng một\nDòng hai \u200E👩\u200D💻')))).toEqual([]);
  });
});
