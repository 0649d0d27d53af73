/**
 * The meeting and deadline facets of the search index, on the frozen fixture, against answers read
 * from its files by hand: the meeting a record belongs to by its date, a task's deadline month.
 */
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/load-dataset.ts';
import { dueMonth, prepareForIndex } from '../../src/domain/search/index-content.ts';
import { facetsFor } from '../../src/integrations/search-facets.ts';
import { useTranslations } from '../../src/i18n/i18n.ts';

const data = loadDataset(process.cwd(), 'tests/fixtures/dataset-2026-03-13/content');
const t = useTranslations('en');
const facets = (path: string) => facetsFor(path, data, 'en', t);

describe('the meeting and deadline facets', () => {
  it('gives a task the date of the meeting that assigned it and the month of its deadline', () => {
    // s57-2025-10-15-08: assigned at the meeting of 15 October 2025, due 31 March 2026.
    expect(facets('/en/tasks/s57-2025-10-15-08/')).toMatchObject({ meeting: '2025-10-15', due: '2026-03', deadline: '2026-03-31' });
  });
  it('gives a task without a deadline "none", and one assigned by a document no meeting', () => {
    expect(facets('/en/tasks/s57-2025-05-29-01/')).toMatchObject({ meeting: '2025-05-29', due: 'none' });
    // Plan 02's first phase was assigned by the plan itself.
    const plan = facets('/en/tasks/x-2025-06-19-11-phase-1/');
    expect(plan.meeting).toBeUndefined();
    expect(plan.due).toBe('2025-06');
  });
  it("gives a meeting's record, its page and a news report of it the meeting's date", () => {
    expect(facets('/en/sources/meeting-2025-10-15/').meeting).toBe('2025-10-15');
    expect(facets('/en/meetings/meeting-2025-10-15/').meeting).toBe('2025-10-15');
    expect(facets('/en/sources/report-baotintuc-2025-10-15/').meeting).toBe('2025-10-15');
    expect(facets('/en/sources/resolution-57-nq-tw/').meeting).toBeUndefined();
  });
  it('writes them as Pagefind filters', () => {
    const html = prepareForIndex({ url: '/en/tasks/a/', title: 'A', fields: [] }, 'en', {
      kind: 'Task',
      meeting: '2025-10-15',
      due: '2026-03',
    });
    expect(html).toContain('<span data-pagefind-filter="meeting:2025-10-15"></span><span data-pagefind-filter="due:2026-03"></span>');
  });
  it('takes the month of a deadline, or none', () => {
    expect(dueMonth('2025-06-30')).toBe('2025-06');
    expect(dueMonth(null)).toBe('none');
  });
});
