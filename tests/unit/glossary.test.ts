/** The string files use the glossary's term for every key idea, never a variant it rules out. */
import { describe, expect, it } from 'vitest';
import { GLOSSARY, glossaryViolations, recordGlossaryViolations, unusedTerms } from '../../src/i18n/glossary.ts';
import { LOCALES } from '../../src/i18n/locales.ts';
import { resources } from '../../src/i18n/resources/index.ts';
import { flattenStrings as flatten } from '../../src/i18n/flat-strings.ts';

describe.each(LOCALES.map((l) => l.code))('the %s strings and the glossary', (code) => {
  const strings = flatten(resources[code]);

  it('use no variant the glossary rules out', () => {
    expect(glossaryViolations(strings, code)).toEqual([]);
  });

  it('use every glossary term', () => {
    expect(unusedTerms(strings, code)).toEqual([]);
  });
});

describe('the glossary check', () => {
  it('fails on the reviewed mistakes, naming the key, the variant and the term to use', () => {
    const strings = new Map([
      ['home.bodiesAccountable_one', '{{count}} орган возглавляет хотя бы одну задачу'],
      ['reported.blocked', 'Заблокировано'],
      ['home.onTimeBasis_one', 'Из {{count}} задачи, срок которой уже наступил'],
    ]);
    const found = glossaryViolations(strings, 'ru');
    expect(found).toHaveLength(3);
    expect(found).toEqual(
      expect.arrayContaining([
        { key: 'home.onTimeBasis_one', term: 'Доля выполненного в срок', found: 'срок которой уже наступил' },
        { key: 'home.bodiesAccountable_one', term: 'Головной орган', found: 'возглав' },
        { key: 'reported.blocked', term: 'Есть препятствия', found: 'Заблокирован' },
      ]),
    );
  });

  it('catches French "En retard" for overdue and Dutch "achterstallig"', () => {
    expect(glossaryViolations(new Map([['status.overdue', 'En retard']]), 'fr').map((v) => v.term)).toEqual(['Échéance dépassée']);
    expect(glossaryViolations(new Map([['status.overdue', 'Achterstallig']]), 'nl').map((v) => v.term)).toEqual(['Over de termijn']);
    // "Completed late" is not "overdue": the same words inside it are allowed.
    expect(glossaryViolations(new Map([['status.completed_late', 'Achevée en retard']]), 'fr')).toEqual([]);
  });

  it('matches whole Cyrillic words, which \\b cannot: "мета" alone, not inside "метал"', () => {
    expect(glossaryViolations(new Map([['home.gap', 'До мети бракує 5 %']]), 'uk').map((v) => v.found)).toEqual(['мети']);
    expect(glossaryViolations(new Map([['x', 'Виробництво металу']]), 'uk')).toEqual([]);
    // "указано" (it is stated) is not "указ" (a presidential decree).
    expect(glossaryViolations(new Map([['x', 'Срок не указан']]), 'ru')).toEqual([]);
    expect(glossaryViolations(new Map([['x', 'Указ № 249']]), 'ru').map((v) => v.term)).toEqual(['Декрет']);
  });

  it('runs over record texts by pointer: "Постановление" and "Front de la patrie" are found there too', () => {
    const texts = [
      { pointer: 'sources/resolution-57-nq-tw#title', text: { vi: 'Nghị quyết 57', ru: 'Постановление № 57-NQ/TW' } },
      { pointer: 'tasks/t#title', text: { vi: 'Mặt trận', fr: 'Le Front de la patrie du Vietnam' } },
    ];
    expect(recordGlossaryViolations(texts, 'ru')).toEqual([
      { key: 'sources/resolution-57-nq-tw#title', term: 'Резолюция', found: 'Постановление' },
    ]);
    expect(recordGlossaryViolations(texts, 'fr').map((v) => v.term)).toEqual(['Front de la Patrie']);
  });

  it('gives every term in all seven languages', () => {
    for (const entry of GLOSSARY) expect(Object.keys(entry.term).sort(), entry.id).toEqual(LOCALES.map((l) => l.code).sort());
  });
});
