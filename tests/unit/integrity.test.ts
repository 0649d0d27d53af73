import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/load-dataset.ts';
import { canonicalJson } from '../../src/domain/integrity/canonical.ts';
import { eventChain } from '../../src/domain/integrity/chain.ts';
import { buildManifest } from '../../src/domain/integrity/manifest.ts';
import { verifyHistory } from '../../src/domain/integrity/verify.ts';
import type { Dataset } from '../../src/domain/dataset.ts';
import type { HistoryEvent } from '../../src/domain/schema/index.ts';

const fixture = () => loadDataset(process.cwd(), 'tests/fixtures/minimal');
const published = buildManifest(fixture(), {}, null);

/** The fixture with one task's history changed by `edit`. */
function changed(taskId: string, edit: (history: HistoryEvent[]) => HistoryEvent[]): Dataset {
  const data = fixture();
  return { ...data, tasks: data.tasks.map((t) => (t.id === taskId ? { ...t, history: edit(structuredClone(t.history)) } : t)) };
}

describe('canonicalJson', () => {
  it('sorts keys at every level and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { f: 2, e: 3 }], c: undefined } })).toBe('{"a":{"d":[1,{"e":3,"f":2}]},"b":1}');
  });
});

describe('eventChain', () => {
  it('chains each event to the one before, so an early edit changes every later hash', () => {
    const task = fixture().tasks.find((t) => t.id === 'transferred-task')!;
    const before = eventChain(task);
    const edited = { ...task, history: task.history.map((e, i) => (i === 0 ? { ...e, date: '2026-02-21' } : e)) };
    const after = eventChain(edited);
    expect(after.map((l) => l.hash).filter((h, i) => h === before[i]!.hash)).toEqual([]);
  });
});

describe('verifyHistory', () => {
  it('passes the data it was built from', () => {
    expect(verifyHistory(published, fixture())).toEqual([]);
  });

  it('fails an edited event, naming the task and the event', () => {
    const data = changed('late-task', (h) => h.map((e) => (e.id === 'started' && e.type === 'status' ? { ...e, progress: 60 } : e)));
    expect(verifyHistory(published, data)).toEqual([
      expect.objectContaining({ task: 'late-task', event: 'started', problem: 'event-edited' }),
    ]);
  });

  it('passes a reporter filled in for events published before the field existed', () => {
    const withoutReporter = changed('late-task', (h) =>
      h.map((e) => (e.type === 'status' ? (({ reporter: _, ...rest }) => rest)(e) : e) as HistoryEvent),
    );
    const before = buildManifest(withoutReporter, {}, null);
    expect(verifyHistory(before, fixture())).toEqual([]);
  });

  it('fails a reporter changed after a release that recorded it', () => {
    const data = changed('late-task', (h) => h.map((e) => (e.id === 'done' && e.type === 'status' ? { ...e, reporter: 'oversight' } : e)));
    expect(verifyHistory(published, data)).toEqual([
      expect.objectContaining({ task: 'late-task', event: 'done', problem: 'event-edited' }),
    ]);
  });

  it('fails a removed event', () => {
    const data = changed('late-task', (h) => h.filter((e) => e.id !== 'done'));
    expect(verifyHistory(published, data)).toEqual([
      expect.objectContaining({ task: 'late-task', event: 'done', problem: 'event-removed' }),
    ]);
  });

  it('fails reordered events', () => {
    const data = changed('transferred-task', (h) => [h[1]!, h[0]!, h[2]!]);
    expect(verifyHistory(published, data)).toEqual([
      expect.objectContaining({ task: 'transferred-task', event: 'moved', problem: 'events-reordered' }),
    ]);
  });

  it('fails a removed task', () => {
    const data = fixture();
    expect(verifyHistory(published, { ...data, tasks: data.tasks.filter((t) => t.id !== 'overdue-task') })).toEqual([
      expect.objectContaining({ task: 'overdue-task', problem: 'task-removed' }),
    ]);
  });

  it('passes a new event and an explicit correction', () => {
    const data = changed('late-task', (h) => [
      ...h,
      {
        type: 'correction',
        id: 'fix-progress',
        date: '2026-04-05',
        corrects: 'started',
        reason: { vi: 'Báo cáo nhầm tiến độ.' },
        replacement: { progress: 30 },
        evidence: [{ source: 'meeting-x' }],
      },
    ]);
    expect(verifyHistory(published, data)).toEqual([]);
  });
});
