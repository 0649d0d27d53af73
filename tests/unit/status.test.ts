import { describe, expect, it } from 'vitest';
import { DERIVED_STATUSES, STATUS_DEFINITIONS, deriveStatus, isFinished } from '../../src/domain/status.ts';
import type { HistoryEvent, Task } from '../../src/domain/schema/index.ts';

const evidence = [{ url: 'https://example.org/report', publisher: 'Example' }];

function task(deadline: string | null, history: HistoryEvent[]): Task {
  return {
    id: 't',
    title: { vi: 'Nhiệm vụ' },
    description: { vi: 'Mô tả' },
    source: 's',
    citedIn: [],
    assigned: '2026-01-05',
    lead: 'a',
    coordinating: [],
    deadline,
    theme: 'data',
    indicators: [],
    history,
  };
}
const report = (id: string, date: string, status: 'not_started' | 'in_progress' | 'blocked' | 'completed' | 'cancelled'): HistoryEvent => ({
  type: 'status',
  id,
  date,
  status,
  reporter: 'responsible-body',
  note: { vi: 'ghi chú' },
  evidence,
});

describe('deriveStatus', () => {
  it('calls a task completed 2 days after a 2026-03-31 deadline "completed late by 2 days"', () => {
    const status = deriveStatus(
      task('2026-03-31', [report('a', '2026-02-01', 'in_progress'), report('b', '2026-04-02', 'completed')]),
      '2026-04-10',
    );
    expect(status.code).toBe('completed_late');
    expect(status.daysLate).toBe(2);
    expect(status.completedOn).toBe('2026-04-02');
  });

  it('calls a task with no completion reported 10 days past its deadline at 2026-04-10 when the deadline was 2026-03-31, keeping its last report', () => {
    const status = deriveStatus(task('2026-03-31', [report('a', '2026-03-01', 'in_progress')]), '2026-04-10');
    expect(status.code).toBe('past_deadline');
    expect(status.daysLate).toBe(10);
    expect([status.reported, status.reportedOn]).toEqual(['in_progress', '2026-03-01']);
  });

  it('counts completion on the deadline day as on time', () => {
    expect(deriveStatus(task('2026-03-31', [report('a', '2026-03-31', 'completed')]), '2026-04-10').code).toBe('completed_on_time');
  });

  it('dates completion from the first of the final run of completed reports', () => {
    const status = deriveStatus(
      task('2026-03-31', [report('a', '2026-03-20', 'completed'), report('b', '2026-04-05', 'completed')]),
      '2026-04-10',
    );
    expect(status.code).toBe('completed_on_time');
    expect(status.completedOn).toBe('2026-03-20');
  });

  it('calls a task with no report at all past its deadline too, 10 days at 2026-04-10, with no last report', () => {
    const status = deriveStatus(task('2026-03-31', []), '2026-04-10');
    expect(status.code).toBe('past_deadline');
    expect(status.daysLate).toBe(10);
    expect([status.reported, status.reportedOn]).toEqual([null, null]);
  });

  it('calls a task with no report and a deadline ahead not yet due, with 21 days left', () => {
    const status = deriveStatus(task('2026-03-31', []), '2026-03-10');
    expect(status.code).toBe('not_yet_due');
    expect(status.daysLeft).toBe(21);
  });

  it('calls a task with neither deadline nor report "no deadline and no report"', () => {
    expect(deriveStatus(task(null, []), '2026-04-10').code).toBe('no_deadline_no_report');
  });

  it('counts the deadline day itself as not yet past', () => {
    const status = deriveStatus(task('2026-03-31', [report('a', '2026-03-01', 'in_progress')]), '2026-03-31');
    expect([status.code, status.daysLeft]).toEqual(['in_progress', 0]);
  });

  it('says in progress within deadline with 21 days left at 2026-03-10 for a 2026-03-31 deadline', () => {
    const status = deriveStatus(task('2026-03-31', [report('a', '2026-03-01', 'in_progress')]), '2026-03-10');
    expect(status.code).toBe('in_progress');
    expect(status.daysLeft).toBe(21);
  });

  it('says not yet due when work has not started and the deadline is ahead', () => {
    expect(deriveStatus(task('2026-03-31', [report('a', '2026-03-01', 'not_started')]), '2026-03-10').code).toBe('not_yet_due');
  });

  it('counts a blocked task past its deadline as past the deadline and flags the obstacle', () => {
    const status = deriveStatus(task('2026-03-31', [report('a', '2026-03-01', 'blocked')]), '2026-04-01');
    expect(status.code).toBe('past_deadline');
    expect(status.daysLate).toBe(1);
    expect(status.blocked).toBe(true);
  });

  it('says in progress with no deadline for work under way on a standing duty, and completed for a finished one', () => {
    expect(deriveStatus(task(null, [report('a', '2026-03-01', 'in_progress')]), '2026-04-10').code).toBe('in_progress_no_deadline');
    expect(deriveStatus(task(null, [report('a', '2026-03-01', 'completed')]), '2026-04-10').code).toBe('completed');
  });

  it('says cancelled when the latest report cancels the task', () => {
    expect(deriveStatus(task('2026-03-31', [report('a', '2026-03-01', 'cancelled')]), '2026-04-10').code).toBe('cancelled');
  });

  it('measures against the moved deadline, not the original', () => {
    const moved: HistoryEvent = {
      type: 'deadline',
      id: 'm',
      date: '2026-03-15',
      deadline: '2026-06-30',
      reason: { vi: 'lý do' },
      decidedBy: 'a',
      evidence,
    };
    const status = deriveStatus(task('2026-03-31', [moved, report('a', '2026-03-20', 'in_progress')]), '2026-04-10');
    expect(status.code).toBe('in_progress');
    expect(status.deadline).toBe('2026-06-30');
    expect(status.daysLeft).toBe(81);
  });

  it('ignores events dated after the "as of" date, never the build clock', () => {
    const status = deriveStatus(
      task('2026-03-31', [report('a', '2026-03-01', 'in_progress'), report('b', '2026-05-01', 'completed')]),
      '2026-04-10',
    );
    expect(status.code).toBe('past_deadline');
  });

  it('reads a correction in place of the event it corrects', () => {
    const correction: HistoryEvent = {
      type: 'correction',
      id: 'c',
      date: '2026-04-05',
      corrects: 'b',
      reason: { vi: 'báo cáo nhầm' },
      replacement: { status: 'in_progress' },
      evidence,
    };
    const status = deriveStatus(
      task('2026-03-31', [report('a', '2026-03-01', 'in_progress'), report('b', '2026-03-30', 'completed'), correction]),
      '2026-04-10',
    );
    expect(status.code).toBe('past_deadline');
    expect(status.daysLate).toBe(10);
  });
});

describe('STATUS_DEFINITIONS', () => {
  it('lists every status once, past the deadline first, each with its tone and the keys of its name and definition', () => {
    expect(STATUS_DEFINITIONS.map((d) => d.code)).toEqual([...DERIVED_STATUSES]);
    expect(STATUS_DEFINITIONS[0]).toEqual({
      code: 'past_deadline',
      tone: 'bad',
      nameKey: 'status.past_deadline',
      definitionKey: 'methodology.rule_past_deadline',
    });
    expect(new Set(DERIVED_STATUSES).size).toBe(9);
  });
});

describe('isFinished', () => {
  it('counts completed and cancelled tasks as finished, nothing else', () => {
    expect(DERIVED_STATUSES.filter(isFinished)).toEqual(['completed_on_time', 'completed_late', 'completed', 'cancelled']);
  });
});
