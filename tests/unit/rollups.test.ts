import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/load-dataset.ts';
import {
  byUrgency,
  countByStatus,
  deadlinesByMonth,
  onTimeFigure,
  onTimeRate,
  pastDeadlineTasks,
  type StatusCounts,
} from '../../src/domain/rollups.ts';
import { DERIVED_STATUSES } from '../../src/domain/status.ts';

// The fixture at 2026-04-10: late-task completed 2 days late (deadline 03-31, done 04-02);
// overdue-task in progress, past 03-31 with no completion reported (10 days); transferred-task moved to 05-31, in progress (51 days left).
const data = loadDataset(process.cwd(), 'tests/fixtures/minimal');

describe('rollups', () => {
  it('counts tasks by status', () => {
    const counts = countByStatus(data.taskViews);
    expect([counts.completed_late, counts.past_deadline, counts.in_progress, counts.completed_on_time]).toEqual([1, 1, 1, 0]);
  });

  it('withholds the rate when only 2 deadlines were tested (both missed), and gives the counts', () => {
    expect(onTimeFigure(countByStatus(data.taskViews))).toEqual({ tested: 2, onTime: 0, missed: 2, rate: null });
    expect(onTimeRate(countByStatus(data.taskViews))).toBeNull();
  });

  it('gives no on-time rate when no deadline has been tested', () => {
    expect(onTimeRate(countByStatus([data.taskView('transferred-task')!]))).toBeNull();
  });

  it('lists tasks past their deadline with their days past it', () => {
    expect(pastDeadlineTasks(data.taskViews).map((v) => [v.task.id, v.status.daysLate])).toEqual([['overdue-task', 10]]);
  });

  it('orders by urgency: past the deadline, then the nearest deadline ahead, then finished', () => {
    // overdue-task (past, 10 days) → transferred-task (51 days left) → late-task (finished).
    expect(byUrgency(data.taskViews).map((v) => v.task.id)).toEqual(['overdue-task', 'transferred-task', 'late-task']);
  });

  it('buckets deadlines by month with their statuses', () => {
    const months = deadlinesByMonth(data.taskViews).map((b) => ({
      month: b.month,
      total: b.total,
      late: b.counts.completed_late,
      overdue: b.counts.past_deadline,
      inProgress: b.counts.in_progress,
    }));
    expect(months).toEqual([
      { month: '2026-03', total: 2, late: 1, overdue: 1, inProgress: 0 },
      { month: '2026-05', total: 1, late: 0, overdue: 0, inProgress: 1 },
    ]);
  });
});

describe('onTimeFigure: a percentage needs at least 5 tested deadlines', () => {
  const counts = (c: Partial<StatusCounts>): StatusCounts => ({
    ...(Object.fromEntries(DERIVED_STATUSES.map((k) => [k, 0])) as StatusCounts),
    ...c,
  });

  it('gives 3 of 5 = 60 % with 3 on time, 1 late and 1 past the deadline', () => {
    expect(onTimeFigure(counts({ completed_on_time: 3, completed_late: 1, past_deadline: 1 }))).toEqual({
      tested: 5,
      onTime: 3,
      missed: 2,
      rate: 0.6,
    });
  });

  it('gives counts only with 4 tested, even all on time', () => {
    expect(onTimeFigure(counts({ completed_on_time: 4 }))).toEqual({ tested: 4, onTime: 4, missed: 0, rate: null });
  });

  it('says "1 of 1 missed" (no rate) for a single task past its deadline', () => {
    expect(onTimeFigure(counts({ past_deadline: 1, not_yet_due: 9 }))).toEqual({ tested: 1, onTime: 0, missed: 1, rate: null });
  });

  it('leaves tasks that tested no deadline out: completed with none, cancelled, not yet due', () => {
    expect(onTimeFigure(counts({ completed: 3, cancelled: 2, not_yet_due: 4, in_progress_no_deadline: 1 })).tested).toBe(0);
  });
});
