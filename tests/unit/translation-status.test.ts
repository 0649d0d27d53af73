/** Translation status counted by hand on a small dataset. */
import { describe, expect, it } from 'vitest';
import { localizedTextsIn, totalCoverage, translationStatus } from '../../src/domain/translation-status.ts';

// Two tasks: t1 has a title in vi/en/fr and a history note in vi only; t2 a title in vi/en.
// One body named in vi/en/fr. No indicator, no source.
const tasks = [
  {
    id: 't1',
    title: { vi: 'A', en: 'A', fr: 'A' },
    deadline: '2026-01-01',
    history: [{ id: 'e1', note: { vi: 'B' }, evidence: [{ url: 'https://x.vn' }] }],
  },
  { id: 't2', title: { vi: 'C', en: 'C' }, history: [] },
];
const agencies = [{ id: 'b1', name: { vi: 'D', en: 'D', fr: 'D' }, parent: null }];
const status = translationStatus({ tasks, agencies, indicators: [], sources: [] } as never);

describe('translationStatus', () => {
  it('finds localized texts at any depth, and nothing else', () => {
    expect(localizedTextsIn(tasks[0])).toEqual([{ vi: 'A', en: 'A', fr: 'A' }, { vi: 'B' }]);
    // An object with a non-locale key is not a localized text, even with "vi".
    expect(localizedTextsIn({ vi: 'x', url: 'y' })).toEqual([]);
  });

  it('counts texts per language and lists the records that still fall back', () => {
    expect(status.task.vi).toEqual({ texts: 3, translated: 3, incomplete: [] });
    expect(status.task.en).toEqual({ texts: 3, translated: 2, incomplete: ['t1'] });
    expect(status.task.fr).toEqual({ texts: 3, translated: 1, incomplete: ['t1', 't2'] });
    expect(status.body.fr).toEqual({ texts: 1, translated: 1, incomplete: [] });
    expect(status.body.ru).toEqual({ texts: 1, translated: 0, incomplete: ['b1'] });
    expect(status.indicator.ru).toEqual({ texts: 0, translated: 0, incomplete: [] });
  });

  it('adds the kinds up per language', () => {
    expect(totalCoverage(status, 'fr')).toEqual({ texts: 4, translated: 2 });
    expect(totalCoverage(status, 'vi')).toEqual({ texts: 4, translated: 4 });
  });
});
