import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/load-dataset.ts';
import { indexDataset, type IndexedDataset } from '../../src/domain/dataset.ts';
import { bodyRecords, handovers, hasTasks, shownStatuses, worstFirst, type BodyRecord } from '../../src/domain/responsibility.ts';

// The fixture, worked out by hand at its as-of date 2026-04-10:
//   late-task         lead ministry-a, due 2026-03-31, completion first reported 2026-04-02 → completed late
//   overdue-task      lead ministry-a, due 2026-03-31, in progress since 2026-03-01       → past deadline (10 days)
//   transferred-task  lead ministry-a, deadline moved to 2026-05-31 on 2026-02-20,
//                     transferred to ministry-b on 2026-03-01, in progress 2026-03-15     → in progress
const fixture = loadDataset(process.cwd(), 'tests/fixtures/minimal');
const at = (data: IndexedDataset, asOf: string) => indexDataset({ ...data, meta: { ...data.meta, asOf } });
const byBody = (data: IndexedDataset) => new Map(bodyRecords(data).map((r) => [r.agencyId, r]));
const ids = (views: BodyRecord['leads']) => views.map((v) => v.task.id);

describe('bodyRecords at the fixture date', () => {
  const records = byBody(fixture);

  it('holds the new lead to account for a transferred task from the transfer date, and marks it received', () => {
    const b = records.get('ministry-b')!;
    expect(ids(b.leads)).toEqual(['transferred-task']);
    expect(ids(b.received)).toEqual(['transferred-task']);
    expect(b.counts.in_progress).toBe(1);
    // Its only task is not due until 2026-05-31: nothing tested, so no rate (not 0 %).
    expect(b.onTime).toEqual({ tested: 0, onTime: 0, missed: 0, rate: null });
  });

  it('keeps the handed-on task on the earlier lead’s record as transferred away, outside its counts', () => {
    const a = records.get('ministry-a')!;
    expect(ids(a.leads)).toEqual(['late-task', 'overdue-task']);
    expect(ids(a.received)).toEqual([]);
    expect(ids(a.transferredAway)).toEqual(['transferred-task']);
    expect(a.counts).toMatchObject({
      completed_on_time: 0,
      completed_late: 1,
      past_deadline: 1,
      in_progress: 0,
      not_yet_due: 0,
      in_progress_no_deadline: 0,
      no_deadline_no_report: 0,
    });
    // 2 deadlines tested, both missed (1 late, 1 past): fewer than 5, so the counts and no percentage.
    expect(a.onTime).toEqual({ tested: 2, onTime: 0, missed: 2, rate: null });
  });

  it('dates the handover from ministry-a to ministry-b at the transfer’s effective date', () => {
    expect(handovers(fixture.taskView('transferred-task')!)).toEqual([{ from: 'ministry-a', to: 'ministry-b', date: '2026-03-01' }]);
    expect(handovers(fixture.taskView('late-task')!)).toEqual([]);
  });

  it('shows every record column except "done, no deadline" and "cancelled", which no task here has', () => {
    expect(shownStatuses([...records.values()])).toEqual([
      'past_deadline',
      'completed_on_time',
      'completed_late',
      'in_progress',
      'not_yet_due',
      'in_progress_no_deadline',
      'no_deadline_no_report',
    ]);
  });

  it('lists every body that has a task on its record', () => {
    expect([...records.values()].filter(hasTasks).map((r) => r.agencyId)).toEqual(['ministry-a', 'ministry-b']);
  });
});

describe('bodyRecords before the transfer took effect', () => {
  // At 2026-02-25 the transfer (2026-03-01) is not yet in force and no report on overdue-task or
  // transferred-task exists yet, both due later (03-31, 05-31): not yet due; late-task was reported
  // in progress on 2026-02-01, due 03-31.
  const records = byBody(at(fixture, '2026-02-25'));

  it('leaves the task with the original lead until the transfer’s effective date', () => {
    const a = records.get('ministry-a')!;
    expect(ids(a.leads)).toEqual(['late-task', 'overdue-task', 'transferred-task']);
    expect(ids(a.transferredAway)).toEqual([]);
    expect([a.counts.in_progress, a.counts.not_yet_due, a.onTime.tested, a.onTime.rate]).toEqual([1, 2, 0, null]);
    expect(records.get('ministry-b')!.leads).toEqual([]);
  });
});

describe('bodyRecords when a task comes back to its first lead', () => {
  const back = fixture.tasks.map((t) =>
    t.id !== 'transferred-task'
      ? t
      : {
          ...t,
          history: [
            ...t.history,
            {
              type: 'transfer' as const,
              id: 'back',
              date: '2026-03-20',
              lead: 'ministry-a',
              reason: { vi: 'Trả lại.' },
              evidence: [{ source: 'meeting-x' }],
            },
          ],
        },
  );
  const records = byBody(indexDataset({ ...fixture, tasks: back }));

  it('counts it for the first lead again, not as received, and lists it as transferred away by the middle one', () => {
    const a = records.get('ministry-a')!;
    expect(ids(a.leads)).toEqual(['late-task', 'overdue-task', 'transferred-task']);
    expect(ids(a.received)).toEqual([]);
    expect(ids(records.get('ministry-b')!.transferredAway)).toEqual(['transferred-task']);
    expect(records.get('ministry-b')!.leads).toEqual([]);
  });

  it('records both handovers in order', () => {
    const view = indexDataset({ ...fixture, tasks: back }).taskView('transferred-task')!;
    expect(handovers(view)).toEqual([
      { from: 'ministry-a', to: 'ministry-b', date: '2026-03-01' },
      { from: 'ministry-b', to: 'ministry-a', date: '2026-03-20' },
    ]);
  });
});

describe('worstFirst', () => {
  it('puts the body with a task past its deadline before the one with none', () => {
    // ministry-a: 1 past the deadline, 1 late; ministry-b: 1 in progress. Given b first, a comes first.
    const records = bodyRecords(fixture).filter(hasTasks).reverse();
    expect(records.map((r) => r.agencyId)).toEqual(['ministry-b', 'ministry-a']);
    expect(worstFirst(records).map((r) => r.agencyId)).toEqual(['ministry-a', 'ministry-b']);
  });
});
