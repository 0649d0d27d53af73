/**
 * Every locale has every UI string: a missing key, a missing plural form, a dropped placeholder
 * or an English string left in another language fails here.
 */
import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../src/i18n/i18n.ts';
import { formatDate, formatNumber } from '../../src/i18n/format.ts';
import { LOCALES, type LocaleCode } from '../../src/i18n/locales.ts';
import { resources } from '../../src/i18n/resources/index.ts';
import { flattenStrings as flatten } from '../../src/i18n/flat-strings.ts';
import { pluralTemplates } from '../../src/i18n/plural-templates.ts';

const PLURAL = /_(zero|one|two|few|many|other)$/;

const strings = Object.fromEntries(LOCALES.map((l) => [l.code, flatten(resources[l.code])])) as Record<LocaleCode, Map<string, string>>;
const baseKeys = (map: Map<string, string>) => new Set([...map.keys()].map((k) => k.replace(PLURAL, '')));
const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
const english = strings.en;
const englishBase = baseKeys(english);
// Strings that are the same word in English and the other language, checked by hand.
const SAME_AS_ENGLISH = new Set([
  // IEC unit symbols (B, KiB, MiB), written so in Vietnamese, Dutch and Indonesian too.
  'data.size_B',
  'data.size_KiB',
  'data.size_MiB',
  // "source", "indicator": the French and Dutch words are spelt as in English.
  'cite.kinds.sources',
  'cite.kinds.indicators',
  // Words French or Dutch spell as English does.
  'revision.fields.description',
  'revision.fields.note',
  'revision.fields.date',
  'changes.colRecord',
  'site.name',
  'unit.percent',
  'nav.home',
  // "Menu" is the word Vietnamese, French, Dutch and Indonesian sites use too.
  'nav.menu',
  'source.kind.plan',
  'theme.innovation',
  'theme.data',
  'task.status',
  'progress.colStatus',
  'progress.filterStatus',
  'progress.total',
  'sources.sources',
  'indicator.source',
  'results.colIndicator',
  'indicator.unit',
  'unit.index',
  'nav.sources',
  'progress.month',
  'results.colTarget',
  'indicator.target',
  'nav.data',
  'sources.date',
  'home.byStatus',
  'agencyKind.province',
  'agencyKind.commune',
  'methodology.licenceTitle',
  'results.colTrajectory',
  'search.kind.source',
  'search.kind.page',
  'search.kind.indicator',
  'search.statusLabel',
  'data.title',
  'data.feedsTitle',
  'changes.colDate',
  'assessment.by',
  'translations.interfaceTitle',
  'translations.colTerm',
  'prose.ledgerDate',
  'prose.kind_guide',
  'monitor.statusOn',
  'monitor.kind.source',
  'monitor.kind.indicator',
  'monitor.sheet.date',
  'monitor.sheet.signature',
  'results.count',
  'gap.places_one',
  'gap.places_other',
]);

describe.each(LOCALES.map((l) => l.code))('UI strings in %s', (code) => {
  const own = strings[code];

  it('has every key English has, and no other', () => {
    expect([...baseKeys(own)].sort()).toEqual([...englishBase].sort());
  });

  it('has exactly the plural forms the language needs', () => {
    const needed = new Intl.PluralRules(code).resolvedOptions().pluralCategories.slice().sort();
    const pluralBases = new Set([...english.keys()].filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, '')));
    for (const base of pluralBases) {
      const forms = [...own.keys()]
        .filter((k) => k.replace(PLURAL, '') === base && PLURAL.test(k))
        .map((k) => k.match(PLURAL)![1])
        .sort();
      expect(forms, base).toEqual(needed);
    }
  });

  it('keeps the placeholders of every English string', () => {
    for (const [key, text] of own) {
      const reference = english.get(key) ?? english.get(key.replace(PLURAL, '_other'))!;
      expect(placeholders(text), key).toEqual(placeholders(reference));
    }
  });

  it.skipIf(code === 'en')('leaves no English string untranslated', () => {
    const same = [...own]
      .filter(([key, text]) => english.get(key) === text && !SAME_AS_ENGLISH.has(key) && text.length > 3)
      .map(([key]) => key);
    expect(same).toEqual([]);
  });

  it('resolves every key through i18next (no key shown raw)', () => {
    const t = useTranslations(code) as unknown as (key: string, options?: object) => string;
    for (const key of baseKeys(own)) expect(t(key, { count: 2 }), key).not.toBe(key);
  });
});

describe('plural forms worked out by hand', () => {
  it.each([
    ['ru', 1, '1 день'],
    ['ru', 2, '2 дня'],
    ['ru', 5, '5 дней'],
    ['ru', 21, '21 день'],
    ['uk', 1, '1 день'],
    ['uk', 2, '2 дні'],
    ['uk', 5, '5 днів'],
    ['uk', 21, '21 день'],
    ['en', 1, '1 day'],
    ['en', 21, '21 days'],
    ['vi', 21, '21 ngày'],
  ] as const)('%s: %i → %s', (code, count, expected) => {
    expect(useTranslations(code)('common.days', { count })).toBe(expected);
  });

  it('says "256 дней после срока" and "256 днів після строку" for 256 days', () => {
    expect(useTranslations('ru')('status.pastDeadlineBy', { count: 256 })).toBe('256 дней после срока');
    expect(useTranslations('uk')('status.pastDeadlineBy', { count: 256 })).toBe('256 днів після строку');
  });

  it('says "2 дня" / "2 дні" and "1 день" in the right forms', () => {
    expect(useTranslations('ru')('status.pastDeadlineBy', { count: 2 })).toBe('2 дня после срока');
    expect(useTranslations('uk')('status.pastDeadlineBy', { count: 2 })).toBe('2 дні після строку');
    expect(useTranslations('ru')('status.pastDeadlineBy', { count: 21 })).toBe('21 день после срока');
  });
});

describe('the staleness threshold is a plural, whatever the setting', () => {
  it.each([
    ['ru', 30, 'Не обновлялись более 30 дней'],
    ['ru', 31, 'Не обновлялись более 31 дня'],
    ['uk', 31, 'Не оновлювалися понад 31 день'],
    ['uk', 30, 'Не оновлювалися понад 30 днів'],
    ['en', 1, 'Not updated for more than 1 day'],
    ['nl', 30, 'Al meer dan 30 dagen niet bijgewerkt'],
  ] as const)('%s: %i → %s', (code, count, expected) => {
    expect(useTranslations(code)('changes.stale', { count })).toBe(expected);
  });
});

describe('sentences that end in a date', () => {
  it('never end in a doubled full stop in Russian or Ukrainian ("2026 г..")', () => {
    for (const code of ['ru', 'uk'] as const) {
      const t = useTranslations(code) as unknown as (key: string, options?: object) => string;
      const date = formatDate('2026-03-13', code);
      expect(date.endsWith('.'), code).toBe(true); // "13 марта 2026 г.", "13 березня 2026 р."
      for (const key of baseKeys(strings[code])) {
        const text = t(key, { count: 2, date, deadline: date, asOf: date, completed: date, reportedOn: date, days: '2', reported: 'x' });
        expect(text, `${code} ${key}`).not.toMatch(/\.\.(\s|$)/);
      }
    }
  });
});

describe('dates and numbers through Intl', () => {
  it('writes Vietnamese dates in the official style', () => {
    expect(formatDate('2026-03-13', 'vi')).toBe('ngày 13 tháng 3 năm 2026');
    expect(formatDate('2030-12-31', 'vi')).toBe('ngày 31 tháng 12 năm 2030');
  });

  it('writes every interpolated count through Intl, in the string’s language', () => {
    expect(useTranslations('nl')('progress.showing', { shown: 1234, total: 20000 })).toBe('1.234 van de 20.000 taken getoond');
    expect(useTranslations('en')('home.tasksTracked', { count: 1300 })).toBe('1,300 tasks tracked');
    expect(useTranslations('ru')('home.tasksTracked', { count: 1300 })).toBe('Отслеживаются 1\u00a0300 задач');
  });

  it('keeps {{count}} in every plural template a client script fills in, French "many" included', () => {
    expect(pluralTemplates(useTranslations('fr'), 'search.results', 'fr')).toEqual({
      'data-plural-one': '{{count}} résultat',
      'data-plural-many': '{{count}} de résultats',
      'data-plural-other': '{{count}} résultats',
    });
  });

  it('writes Dutch decimals with a comma', () => {
    expect(formatNumber(1.97, 'nl')).toBe('1,97');
    expect(formatNumber(1.6, 'nl')).toBe('1,6');
  });
});

describe('quotation marks', () => {
  it('Indonesian quotes with “…”, never with the German and Dutch „…”', () => {
    expect([...strings.id].filter(([, text]) => text.includes('„')).map(([key]) => key)).toEqual([]);
  });
});
