import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/load-dataset.ts';
import { countByStatus, deadlinesByMonth, dueBy, onTimeRate, overdueTasks } from '../../src/domain/rollups.ts';

// The fixture at 2026-04-10: late-task completed 2 days late (deadline 03-31, done 04-02);
// overdue-task in progress past 03-31 (10 days); transferred-task moved to 05-31, in progress (51 days left).
const data = loadDataset(process.cwd(), 'tests/fixtures/minimal');

describe('rollups', () => {
  it('counts tasks by status', () => {
    const counts = countByStatus(data.taskViews);
    expect([counts.completed_late, counts.overdue, counts.in_progress, counts.completed_on_time]).toEqual([1, 1, 1, 0]);
  });

  it('gives an on-time rate of 0 when both tested deadlines were missed', () => {
    expect(onTimeRate(countByStatus(data.taskViews))).toBe(0);
  });

  it('gives no on-time rate when no deadline has been tested', () => {
    expect(onTimeRate(countByStatus([data.taskView('transferred-task')!]))).toBeNull();
  });

  it('lists overdue tasks with their days overdue', () => {
    expect(overdueTasks(data.taskViews).map((v) => [v.task.id, v.status.daysLate])).toEqual([['overdue-task', 10]]);
  });

  it('finds the tasks due by 2026-03-31 (the moved deadline no longer counts)', () => {
    expect(dueBy(data.taskViews, '2026-03-31').map((v) => v.task.id)).toEqual(['late-task', 'overdue-task']);
  });

  it('buckets deadlines by month with their statuses', () => {
    const months = deadlinesByMonth(data.taskViews).map((b) => ({ month: b.month, total: b.total, late: b.counts.completed_late, overdue: b.counts.overdue, inProgress: b.counts.in_progress }));
    expect(months).toEqual([
      { month: '2026-03', total: 2, late: 1, overdue: 1, inProgress: 0 },
      { month: '2026-05', total: 1, late: 0, overdue: 0, inProgress: 1 },
    ]);
  });
});
