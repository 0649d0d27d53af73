import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/load-dataset.ts';
import { allChanges, changesSince, changesSinceRelease } from '../../src/domain/integrity/changes.ts';
import { buildManifest } from '../../src/domain/integrity/manifest.ts';

const data = loadDataset(process.cwd(), 'tests/fixtures/minimal');

describe('changes', () => {
  it('lists new tasks and every event, newest first', () => {
    // Fixture: 3 tasks assigned 2026-01-05; events 02-01, 02-20, 03-01 (two), 03-15, 04-02.
    expect(allChanges(data).map((c) => `${c.date} ${c.taskId} ${c.kind}`)).toEqual([
      '2026-04-02 late-task status',
      '2026-03-15 transferred-task status',
      '2026-03-01 overdue-task status',
      '2026-03-01 transferred-task transfer',
      '2026-02-20 transferred-task deadline',
      '2026-02-01 late-task status',
      '2026-01-05 late-task new-task',
      '2026-01-05 overdue-task new-task',
      '2026-01-05 transferred-task new-task',
    ]);
  });

  it('keeps the changes on or after a chosen date', () => {
    expect(changesSince(allChanges(data), '2026-03-01').map((c) => c.kind)).toEqual(['status', 'status', 'status', 'transfer']);
  });

  it('finds what the data adds to an earlier release: a new task and a new event', () => {
    const older = {
      ...data,
      tasks: data.tasks
        .filter((t) => t.id !== 'overdue-task')
        .map((t) => (t.id === 'late-task' ? { ...t, history: t.history.slice(0, 1) } : t)),
    };
    const release = buildManifest(older, {}, null);
    expect(changesSinceRelease(data, release).map((c) => `${c.taskId} ${c.kind} ${c.eventId ?? ''}`.trim())).toEqual([
      'late-task status done',
      'overdue-task status started',
      'overdue-task new-task',
    ]);
  });
});
