/** Translation status per text and the translation ledger, counted by hand on a small dataset. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { translationLedger } from '../../src/domain/schema/translation-ledger.ts';
import { ledgerCounts, ledgerProblems, needsNote, stampLedger, sumCounts, textStatus } from '../../src/domain/translation-ledger.ts';
import { evidenceTitleCount, translatableTexts } from '../../src/domain/translation-texts.ts';
import { formatProblem } from '../../src/domain/validate/problem.ts';
import { problemsFromZod } from '../../src/domain/validate/zod-problems.ts';

const hash = (text: string) => createHash('sha256').update(text).digest('hex');

// Two tasks: t1 has a title in vi/en/fr and a history note in vi only; t2 a title in vi/en. One
// body named in vi/en/fr. One editorial page in vi/en. One evidence title.
const tasks = [
  {
    id: 't1',
    title: { vi: 'A', en: 'A', fr: 'A' },
    deadline: '2026-01-01',
    history: [{ id: 'e1', note: { vi: 'B' }, evidence: [{ url: 'https://x.vn', publisher: 'X', title: 'Tin' }] }],
  },
  { id: 't2', title: { vi: 'C', en: 'C' }, history: [] },
];
const agencies = [{ id: 'b1', name: { vi: 'D', en: 'D', fr: 'D' }, parent: null }];
const data = { meta: { asOf: '2026-01-01' }, tasks, agencies, indicators: [], sources: [], assessments: [] } as never;
const texts = translatableTexts(data, [{ pointer: 'pages/about', text: { vi: '# Giới thiệu', en: '# About' } }]);

describe('the translatable texts', () => {
  it('are named by pointers, events by their id, and found at any depth', () => {
    expect(texts.map((t) => t.pointer)).toEqual([
      'tasks/t1#title',
      'tasks/t1#history[e1].note',
      'tasks/t2#title',
      'agencies/b1#name',
      'pages/about',
    ]);
    expect(evidenceTitleCount(data)).toBe(1);
  });

  it('are counted per kind and language, with the records that still fall back', () => {
    const fr = ledgerCounts(texts, {}, 'fr', hash);
    expect([fr.task.texts, fr.task.translated, fr.task.incomplete]).toEqual([3, 1, ['t1', 't2']]);
    expect([fr.page.texts, fr.page.translated, fr.page.incomplete]).toEqual([1, 0, ['about']]);
    // Nothing recorded in the ledger yet: both French texts are "not recorded".
    expect(sumCounts(fr)).toEqual({
      texts: 5,
      translated: 2,
      byState: { reviewed: 0, human: 0, 'machine-assisted': 0, unrecorded: 2 },
      stale: 0,
    });
  });
});

describe('the translation ledger', () => {
  const stamped = stampLedger(texts, {}, 'en', { method: 'machine-assisted', date: '2026-12-01' }, hash);

  it('stamps every English text lacking an entry with the hash of its Vietnamese, keys sorted', () => {
    expect(Object.keys(stamped)).toEqual(['agencies/b1#name', 'pages/about', 'tasks/t1#title', 'tasks/t2#title']);
    expect(stamped['tasks/t1#title']).toEqual({ method: 'machine-assisted', date: '2026-12-01', vi: hash('A') });
    // A second run keeps what is there, even with another method.
    expect(stampLedger(texts, stamped, 'en', { method: 'human', date: '2027-01-01' }, hash)).toEqual(stamped);
  });

  it('re-stamps, on request, only the entries whose Vietnamese changed since', () => {
    const reworded = texts.map((t) => (t.pointer === 'tasks/t2#title' ? { ...t, text: { vi: 'C mới', en: 'New C' } } : t));
    const refreshed = stampLedger(reworded, stamped, 'en', { method: 'human', date: '2027-01-01', refreshStale: true }, hash);
    expect(refreshed['tasks/t2#title']).toEqual({ method: 'human', date: '2027-01-01', vi: hash('C mới') });
    expect(refreshed['tasks/t1#title']).toEqual(stamped['tasks/t1#title']);
  });

  it('marks an unreviewed machine-assisted text, not a reviewed one, and flags a changed Vietnamese as stale', () => {
    const entry = stamped['tasks/t1#title']!;
    expect(textStatus({ vi: 'A', en: 'A' }, 'en', entry, hash)).toEqual({ state: 'machine-assisted', stale: false });
    expect(needsNote(textStatus({ vi: 'A', en: 'A' }, 'en', entry, hash))).toBe(true);
    const reviewed = { ...entry, reviewer: 'Nguyễn Văn A' };
    expect(needsNote(textStatus({ vi: 'A', en: 'A' }, 'en', reviewed, hash))).toBe(false);
    // The Vietnamese was re-worded after the review: stale, and the reader is told.
    expect(textStatus({ vi: 'A mới', en: 'A' }, 'en', reviewed, hash)).toEqual({ state: 'reviewed', stale: true });
    expect(needsNote(textStatus({ vi: 'A mới', en: 'A' }, 'en', reviewed, hash))).toBe(true);
    // Vietnamese itself, or a language the text is not written in, has no status.
    expect(textStatus({ vi: 'A' }, 'en', entry, hash)).toBeNull();
    expect(textStatus({ vi: 'A', en: 'A' }, 'vi', entry, hash)).toBeNull();
  });

  it('refuses an entry naming no text, or a text not written in the language, with file and pointer', () => {
    const ledger = { ...stamped, 'tasks/t9#title': stamped['tasks/t1#title']!, 'tasks/t1#history[e1].note': stamped['tasks/t1#title']! };
    expect(ledgerProblems('content/translations/en.json', ledger, texts, 'en').map(formatProblem)).toEqual([
      'content/translations/en.json › tasks/t9#title: expected the pointer of a text written in "en" (see /en/translations/ for the texts); found "tasks/t9#title", which names no text',
      'content/translations/en.json › tasks/t1#history[e1].note: expected the pointer of a text written in "en" (see /en/translations/ for the texts); found "tasks/t1#history[e1].note", a text not written in "en"',
    ]);
  });

  it('says what a stamp must hold', () => {
    const bad = { 'tasks/t1#title': { method: 'by hand', date: '2026-12-01', vi: 'abc' } };
    const result = translationLedger.safeParse(bad);
    expect(result.success).toBe(false);
    expect(problemsFromZod('content/translations/fr.json', bad, result.error!).map(formatProblem)).toEqual([
      'content/translations/fr.json › tasks/t1#title.method: expected how it was translated, one of: machine-assisted, human; found "by hand"',
      'content/translations/fr.json › tasks/t1#title.vi: expected the SHA-256 of the Vietnamese text, 64 lowercase hexadecimal digits; found "abc"',
    ]);
  });
});
