/**
 * Our own corrections are not news, and completion is dated by the work where the source says so
 * (issue 29, items 3 and 4). Worked out by hand on variants of the minimal fixture: overdue-task
 * was assigned 2026-01-05, is due 2026-03-31 and was last reported in progress on 2026-03-01.
 */
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/load-dataset.ts';
import { viewTask } from '../../src/domain/dataset.ts';
import type { HistoryEvent, Task } from '../../src/domain/schema/index.ts';
import { eventDateProblems } from '../../src/domain/validate/event-dates.ts';
import { formatProblem } from '../../src/domain/validate/problem.ts';

const fixture = loadDataset(process.cwd(), 'tests/fixtures/minimal');
const overdue = fixture.tasks.find((t) => t.id === 'overdue-task')!;
const meta = (asOf: string) => ({ ...fixture.meta, asOf, staleAfterDays: 90 });
const evidence = [{ source: 'meeting-x' }];

/** A transcription fix of ours: a correction of the report's note, and a re-worded title with no deciding body. */
const correction: HistoryEvent = {
  type: 'correction',
  id: 'our-fix',
  date: '2026-06-20',
  corrects: 'started',
  reason: { vi: 'Sửa lỗi chép.' },
  replacement: { note: { vi: 'Đang làm (chép đúng).' } },
  evidence,
};
const ourRevision = {
  type: 'revision' as const,
  id: 'reworded',
  date: '2026-06-25',
  field: 'title',
  value: { vi: 'Nhiệm vụ quá hạn (sửa chữ)' },
  reason: { vi: 'Sửa chính tả.' },
  decidedBy: null,
  evidence,
};

describe('"last update" and "not updated for N days"', () => {
  it('are not moved by our own correction or revision, which get a date of their own', () => {
    // 2026-03-01 → 2026-07-01 is 30+31+30+31 = 122 days, over the 90 allowed.
    const edited = viewTask({ ...overdue, history: [...overdue.history, correction], revisions: [ourRevision] }, meta('2026-07-01'));
    expect(edited.timeline.lastUpdate).toBe('2026-03-01');
    expect(edited.timeline.lastReport).toBe('2026-03-01');
    expect(edited.timeline.lastEdited).toBe('2026-06-25');
    expect(edited.daysSinceUpdate).toBe(122);
    expect(edited.stale).toBe(true);
  });

  it('count from the assignment when a task has no report at all, whatever we transcribed since', () => {
    const transcribed: HistoryEvent = {
      type: 'deadline',
      id: 'read-the-date-right',
      date: '2026-06-20',
      deadline: '2026-03-30',
      reason: { vi: 'Không phải hạn được dời.' },
      decidedBy: 'ministry-a',
      evidence,
    };
    // 2026-01-05 → 2026-07-01 is 26+28+31+30+31+30+1 = 177 days.
    const view = viewTask({ ...overdue, history: [transcribed], revisions: [ourRevision] }, meta('2026-07-01'));
    expect(view.timeline.lastReport).toBeNull();
    expect(view.timeline.lastUpdate).toBe('2026-01-05');
    expect(view.daysSinceUpdate).toBe(177);
    expect(view.stale).toBe(true);
    expect(view.timeline.lastEdited).toBe('2026-06-25');
  });

  it('are moved by a new report of progress', () => {
    const report: HistoryEvent = {
      type: 'status',
      id: 'june',
      date: '2026-06-15',
      status: 'in_progress',
      reporter: 'responsible-body',
      note: { vi: 'Đang làm.' },
      evidence,
    };
    const view = viewTask({ ...overdue, history: [...overdue.history, report] }, meta('2026-07-01'));
    expect(view.timeline.lastUpdate).toBe('2026-06-15');
    expect(view.daysSinceUpdate).toBe(16);
    expect(view.stale).toBe(false);
    expect(view.timeline.lastEdited).toBeNull();
  });
});

describe('completion dated by when the work happened', () => {
  const done = (extra: Partial<Extract<HistoryEvent, { type: 'status' }>>): Task => ({
    ...overdue,
    history: [
      ...overdue.history,
      { type: 'status', id: 'done', date: '2026-04-03', status: 'completed', reporter: 'press', note: { vi: 'Xong.' }, evidence, ...extra },
    ],
  });

  it('is late by 3 days when only the report date (3 April) is known', () => {
    const { status } = viewTask(done({}), meta('2026-04-10'));
    expect(status.code).toBe('completed_late');
    expect(status.daysLate).toBe(3);
  });

  it('is on time when the report says the work happened on the deadline, and keeps both dates', () => {
    const { status } = viewTask(done({ happened: '2026-03-31' }), meta('2026-04-10'));
    expect(status.code).toBe('completed_on_time');
    expect(status.completedOn).toBe('2026-03-31');
    expect(status.completionReportedOn).toBe('2026-04-03');
    expect(status.daysLate).toBeNull();
  });

  it('takes the date of the work from a correction too', () => {
    const task = done({});
    const fix: HistoryEvent = {
      type: 'correction',
      id: 'dated-by-work',
      date: '2026-04-08',
      corrects: 'done',
      reason: { vi: 'Ngày hoàn thành là ngày làm, không phải ngày đưa tin.' },
      replacement: { happened: '2026-03-30' },
      evidence,
    };
    const { status } = viewTask({ ...task, history: [...task.history, fix] }, meta('2026-04-10'));
    expect(status.code).toBe('completed_on_time');
    expect(status.completedOn).toBe('2026-03-30');
  });
});

describe('the data check of event dates', () => {
  const file = 'content/tasks/overdue-task.json';
  const checked = (extra: object): HistoryEvent =>
    ({
      type: 'checked',
      id: 'looked',
      date: '2026-04-01',
      evidence: [{ url: 'https://example.org/', publisher: 'Example' }],
      ...extra,
    }) as HistoryEvent;
  const problems = (history: HistoryEvent[]) =>
    eventDateProblems(file, { ...overdue, history: [...overdue.history, ...history] }).map(formatProblem);

  it('asks a check where it looked, naming the field', () => {
    expect(problems([checked({})])).toEqual([
      'content/tasks/overdue-task.json › history[1].searched: expected where the check looked and for what: {"places": ["<site or register>"], "queries": ["<words searched>"], "from": "YYYY-MM-DD", "to": "YYYY-MM-DD"} (or a correction that adds it); found nothing (the field is missing)',
    ]);
  });

  it('accepts a search covering up to the day of the check, or one added by a correction', () => {
    const searched = { places: ['vanban.chinhphu.vn'], queries: ['chuyển đổi số'], from: '2026-01-05', to: '2026-04-01' };
    expect(problems([checked({ searched })])).toEqual([]);
    const added: HistoryEvent = {
      type: 'correction',
      id: 'say-where',
      date: '2026-04-05',
      corrects: 'looked',
      reason: { vi: 'Ghi nơi đã tìm.' },
      replacement: { searched },
      evidence,
    };
    expect(problems([checked({}), added])).toEqual([]);
  });

  it('refuses a range that ends after the check or before it starts', () => {
    expect(problems([checked({ searched: { places: ['a'], queries: [], from: '2026-03-01', to: '2026-04-02' } })])).toEqual([
      'content/tasks/overdue-task.json › history[1].searched.to: expected a date on or before the day of the check (2026-04-01): a search cannot cover what was not yet published; found "2026-04-02"',
    ]);
    expect(problems([checked({ searched: { places: ['a'], queries: [], from: '2026-03-01', to: '2026-02-01' } })])).toEqual([
      'content/tasks/overdue-task.json › history[1].searched.to: expected a date on or after "from" (2026-03-01); found "2026-02-01"',
    ]);
  });

  it('refuses work said to happen after it was reported', () => {
    const report: HistoryEvent = {
      type: 'status',
      id: 'early',
      date: '2026-03-10',
      happened: '2026-03-12',
      status: 'in_progress',
      reporter: 'press',
      note: { vi: 'Đang làm.' },
      evidence,
    };
    expect(problems([report])).toEqual([
      'content/tasks/overdue-task.json › history[1].happened: expected a date on or before the report\'s date 2026-03-10 (the work cannot happen after it was reported); found "2026-03-12"',
    ]);
  });
});
