import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/load-dataset.ts';
import { allChanges, changesSince, changesSinceRelease } from '../../src/domain/integrity/changes.ts';
import { buildManifest } from '../../src/domain/integrity/manifest.ts';

const data = loadDataset(process.cwd(), 'tests/fixtures/minimal');

describe('changes', () => {
  it('lists new tasks and every event, newest first', () => {
    // Fixture: 3 tasks assigned 2026-01-05; events 02-01, 02-20, 03-01 (two), 03-15, 04-02.
    expect(allChanges(data).map((c) => `${c.date} ${c.recordId} ${c.kind}`)).toEqual([
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
    // An earlier release is made of records as published (a copy of the indexed dataset would carry its `published`).
    const older = {
      ...data.published,
      tasks: data.published.tasks
        .filter((t) => t.id !== 'overdue-task')
        .map((t) => (t.id === 'late-task' ? { ...t, history: t.history.slice(0, 1) } : t)),
    };
    const release = buildManifest(older, {}, null);
    expect(changesSinceRelease(data, release).map((c) => `${c.recordId} ${c.kind} ${c.eventId ?? ''}`.trim())).toEqual([
      'late-task status done',
      'overdue-task status started',
      'overdue-task new-task',
    ]);
  });

  describe('revisions and withdrawals of any record', () => {
    const revision = (id: string, date: string, field: string) => ({
      type: 'revision' as const,
      id,
      date,
      field,
      value: { vi: 'Mới', en: 'New' },
      reason: { vi: 'Lý do.' },
      decidedBy: null,
      evidence: [{ source: 'meeting-x' }],
    });
    const withdrawal = {
      type: 'withdrawal' as const,
      id: 'gone',
      date: '2026-03-20',
      reason: { vi: 'Trùng.' },
      decidedBy: null,
      evidence: [{ source: 'meeting-x' }],
    };
    const revised = {
      ...data,
      agencies: data.agencies.map((a) =>
        a.id === 'ministry-b' ? { ...a, revisions: [revision('renamed', '2026-03-10', 'name'), withdrawal] } : a,
      ),
      tasks: data.tasks.map((t) => (t.id === 'late-task' ? { ...t, revisions: [revision('retitled', '2026-04-01', 'title')] } : t)),
    };

    it('are listed with the events, newest first, naming the record, the kind and the field', () => {
      // Hand-worked: 2026-04-02 late-task status; 04-01 the title revision; 03-20 the withdrawal; 03-15 a status; 03-10 the rename.
      expect(
        allChanges(revised)
          .slice(0, 5)
          .map((c) => `${c.date} ${c.collection}/${c.recordId} ${c.kind} ${c.field ?? ''}`.trim()),
      ).toEqual([
        '2026-04-02 tasks/late-task status',
        '2026-04-01 tasks/late-task revision title',
        '2026-03-20 agencies/ministry-b withdrawal',
        '2026-03-15 tasks/transferred-task status',
        '2026-03-10 agencies/ministry-b revision name',
      ]);
    });

    it("count as new since a release when the release's records lack them, whatever their date", () => {
      const release = buildManifest(data, {}, null);
      // The release (dated 2026-04-10, after every revision) kept its records: none had these revisions.
      const published = {
        dataDate: data.meta.asOf,
        tasks: data.tasks,
        agencies: data.agencies,
        sources: data.sources,
        indicators: data.indicators,
      };
      expect(changesSinceRelease(revised, release, published).map((c) => `${c.recordId} ${c.kind} ${c.eventId}`)).toEqual([
        'late-task revision retitled',
        'ministry-b withdrawal gone',
        'ministry-b revision renamed',
      ]);
      // A release that kept only hashes: only revisions dated after its data date count.
      expect(changesSinceRelease(revised, release)).toEqual([]);
      // A release whose records already had the rename: only the two others are new.
      const withRename = {
        ...published,
        agencies: revised.agencies.map((a) => (a.id === 'ministry-b' ? { ...a, revisions: a.revisions!.slice(0, 1) } : a)),
      };
      expect(changesSinceRelease(revised, release, withRename).map((c) => c.eventId)).toEqual(['retitled', 'gone']);
    });
  });
});
