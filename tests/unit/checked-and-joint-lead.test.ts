/**
 * The two additions to the task contract: a "checked, no new report" event (a search that found
 * nothing) and joint lead bodies. Worked out by hand on variants of the minimal fixture, whose
 * as-of date is 2026-04-10; overdue-task (lead ministry-a, due 2026-03-31) was last reported
 * in progress on 2026-03-01.
 */
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/load-dataset.ts';
import { readContent } from '../../src/data/read-content.ts';
import { indexDataset, viewTask, type IndexedDataset } from '../../src/domain/dataset.ts';
import { bodyRecords } from '../../src/domain/responsibility.ts';
import { taskSchema, type HistoryEvent } from '../../src/domain/schema/index.ts';
import { eventText, leadHistory } from '../../src/domain/timeline.ts';
import { formatProblem } from '../../src/domain/validate/problem.ts';
import { validateContent } from '../../src/domain/validate/validate-content.ts';

const fixture = loadDataset(process.cwd(), 'tests/fixtures/minimal');
const overdue = fixture.tasks.find((t) => t.id === 'overdue-task')!;
const looked = (id: string, date: string): HistoryEvent => ({
  type: 'checked',
  id,
  date,
  evidence: [{ url: 'https://example.org/search?q=task', publisher: 'Example' }],
});
/** The fixture at a later as-of date, with 90 days allowed before a task counts as stale. */
const meta = (asOf: string) => ({ ...fixture.meta, asOf, staleAfterDays: 90 });
const withTasks = (data: IndexedDataset, edit: (id: string, task: (typeof data.tasks)[number]) => (typeof data.tasks)[number]) =>
  indexDataset({ ...data, tasks: data.tasks.map((t) => edit(t.id, t)) });

describe('a "checked, no new report" event', () => {
  it('parses with where we looked as its evidence, and is refused without it', () => {
    expect(taskSchema.shape.history.parse([looked('looked', '2026-06-01')])).toHaveLength(1);
    expect(() => taskSchema.shape.history.parse([{ type: 'checked', id: 'looked', date: '2026-06-01', evidence: [] }])).toThrow(
      /at least one piece of evidence/,
    );
  });

  it('does not reset "not updated for N days", but says when someone last looked', () => {
    // Last report 2026-03-01; at 2026-07-01 that is 122 days (30+30+31+30+1), over 90: stale either way.
    const unlooked = viewTask(overdue, meta('2026-07-01'));
    expect(unlooked.daysSinceUpdate).toBe(122);
    expect(unlooked.stale).toBe(true);
    expect(unlooked.timeline.lastChecked).toBeNull();
    expect(unlooked.daysSinceChecked).toBeNull();

    const searched = viewTask(
      { ...overdue, history: [...overdue.history, looked('looked-may', '2026-05-20'), looked('looked-june', '2026-06-15')] },
      meta('2026-07-01'),
    );
    expect(searched.daysSinceUpdate).toBe(122);
    expect(searched.stale).toBe(true);
    expect(searched.timeline.lastUpdate).toBe('2026-03-01');
    expect(searched.timeline.lastChecked).toBe('2026-06-15');
    expect(searched.daysSinceChecked).toBe(16);
    // The verdict rests on reports only: still overdue, by 92 days after 2026-03-31.
    expect(searched.status.code).toBe('past_deadline');
    expect(searched.status.daysLate).toBe(92);
  });

  it('forgets a search made before the latest report (the report is newer news)', () => {
    const task = { ...overdue, history: [looked('looked-early', '2026-02-01'), ...overdue.history] };
    expect(viewTask(task, meta('2026-07-01')).timeline.lastChecked).toBeNull();
  });

  it('gives its note as its text (the open data and feeds read it), and no text without one', () => {
    const note = { vi: 'Không thấy tin mới trên cổng Chính phủ.', en: 'Nothing new on the Government portal.' };
    expect(eventText({ ...looked('looked', '2026-06-01'), note } as HistoryEvent)).toEqual(note);
    expect(eventText(looked('looked', '2026-06-01'))).toBeUndefined();
  });

  it('is checked like any event: a date after the data date is refused, with the file and field', () => {
    const raw = readContent(process.cwd(), 'tests/fixtures/minimal');
    const file = raw.tasks.find((f) => f.path.endsWith('overdue-task.json'))!;
    const json = JSON.parse(file.text);
    json.history.push(looked('looked', '2026-05-01'));
    file.text = JSON.stringify(json);
    expect(validateContent(raw).problems.map(formatProblem)).toContain(
      'tests/fixtures/minimal/tasks/overdue-task.json › history[1].date: expected a date on or before the data\'s "as of" date 2026-04-10; found "2026-05-01"',
    );
  });
});

describe('joint lead bodies', () => {
  const joint = withTasks(fixture, (id, t) => (id === 'overdue-task' ? { ...t, jointLeads: ['ministry-b'] } : t));

  it('hold a joint lead to account as the lead is: on its record and among its tasks', () => {
    const records = new Map(bodyRecords(joint).map((r) => [r.agencyId, r]));
    expect(
      records
        .get('ministry-b')!
        .leads.map((v) => v.task.id)
        .sort(),
    ).toEqual(['overdue-task', 'transferred-task']);
    expect(records.get('ministry-b')!.counts.past_deadline).toBe(1);
    expect(records.get('ministry-a')!.leads.map((v) => v.task.id)).toEqual(['late-task', 'overdue-task']);
    expect(records.get('ministry-b')!.transferredAway).toEqual([]);
    expect(joint.tasksLedBy('ministry-b').map((v) => v.task.id)).toContain('overdue-task');
    expect(leadHistory(joint.taskView('overdue-task')!.timeline)).toEqual(['ministry-a', 'ministry-b']);
  });

  it('end when a transfer hands the task to one body', () => {
    const handed = viewTask(
      {
        ...overdue,
        jointLeads: ['ministry-b'],
        history: [
          ...overdue.history,
          {
            type: 'transfer',
            id: 'to-b',
            date: '2026-03-20',
            lead: 'ministry-b',
            reason: { vi: 'Giao lại.' },
            evidence: [{ source: 'meeting-x' }],
          },
        ],
      },
      fixture.meta,
    );
    expect(handed.timeline.currentLead).toBe('ministry-b');
    expect(handed.timeline.currentJointLeads).toEqual([]);
  });

  it('must name existing bodies, and need a lead to share with', () => {
    const raw = readContent(process.cwd(), 'tests/fixtures/minimal');
    const file = raw.tasks.find((f) => f.path.endsWith('overdue-task.json'))!;
    const json = JSON.parse(file.text);
    json.lead = null;
    json.jointLeads = ['ministry-z'];
    file.text = JSON.stringify(json);
    const found = validateContent(raw).problems.map(formatProblem);
    expect(
      found.some((m) => m.startsWith('tests/fixtures/minimal/tasks/overdue-task.json › jointLeads[0]:') && m.includes('"ministry-z"')),
    ).toBe(true);
    expect(
      found.some((m) =>
        m.startsWith('tests/fixtures/minimal/tasks/overdue-task.json › jointLeads: expected no joint leads when "lead" is null'),
      ),
    ).toBe(true);
  });
});
