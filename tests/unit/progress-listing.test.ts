/**
 * The Progress listing's groups on the frozen fixture, counted by hand from its task files (the
 * current deadline: the last "deadline" event's, else the first): by status, by deadline month in
 * calendar order with "no deadline" last, and by lead body only for bodies too large for their page.
 */
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/load-dataset.ts';
import { progressGroup, progressPages } from '../../src/data/progress-listing.ts';
import { FIXTURE_CONTENT } from '../support/fixture.ts';

const data = loadDataset(process.cwd(), FIXTURE_CONTENT);

describe('the Progress listing', () => {
  it('has a page per deadline month, in calendar order, then the tasks with no deadline', () => {
    const months = progressPages(data)
      .filter((p) => progressGroup(p.key).by === 'month')
      .map((p) => `${p.key} ${p.groupSize}`);
    expect(months).toEqual([
      'month/2025-06 1',
      'month/2025-08 1',
      'month/2025-10 2',
      'month/2025-12 1',
      'month/2026-01 1',
      'month/2026-03 3',
      'month/none 21',
    ]);
  });

  it('lists a month most urgent first: the deadline of 1 October 2025 passed before that of 18 October', () => {
    const october = progressPages(data).find((p) => p.key === 'month/2025-10')!;
    expect(october.items.map((v) => v.task.id)).toEqual(['x-2025-08-08-12-electronic-dossiers', 's57-2025-10-15-13']);
  });

  it('builds a body list only for bodies leading more tasks than their own page shows', () => {
    expect(progressPages(data).filter((p) => progressGroup(p.key).by === 'body')).toEqual([]);
    // With room for two tasks on a body's page: the two bodies leading three tasks each.
    const large = progressPages(data, 2).filter((p) => progressGroup(p.key).by === 'body');
    expect(large.map((p) => `${p.key} ${p.groupSize}`).sort()).toEqual([
      'body/ministries-sectors-localities 3',
      'body/sc-standing-committee 3',
    ]);
  });

  it('reads a group from its key', () => {
    expect(progressGroup('past_deadline')).toEqual({ by: 'status', code: 'past_deadline' });
    expect(progressGroup('month/2025-10')).toEqual({ by: 'month', month: '2025-10' });
    expect(progressGroup('month/none')).toEqual({ by: 'month', month: null });
    expect(progressGroup('body/ministry-finance')).toEqual({ by: 'body', id: 'ministry-finance' });
  });
});
