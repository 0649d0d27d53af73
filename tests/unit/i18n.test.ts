/**
 * Every locale has every UI string: a missing key, a missing plural form, a dropped placeholder
 * or an English string left in another language fails here.
 */
import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../src/i18n/i18n.ts';
import { LOCALES, type LocaleCode } from '../../src/i18n/locales.ts';
import { resources } from '../../src/i18n/resources/index.ts';

const PLURAL = /_(zero|one|two|few|many|other)$/;

function flatten(value: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof child === 'string') out.set(path, child);
    else for (const [k, v] of flatten(child, path)) out.set(k, v);
  }
  return out;
}

const strings = Object.fromEntries(LOCALES.map((l) => [l.code, flatten(resources[l.code])])) as Record<LocaleCode, Map<string, string>>;
const baseKeys = (map: Map<string, string>) => new Set([...map.keys()].map((k) => k.replace(PLURAL, '')));
const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
const english = strings.en;
const englishBase = baseKeys(english);
// Strings that are the same word in English and the other language, checked by hand.
const SAME_AS_ENGLISH = new Set(['site.name', 'unit.percent', 'nav.home', 'source.kind.plan', 'theme.innovation', 'theme.data', 'task.status', 'progress.colStatus', 'progress.filterStatus', 'progress.total', 'sources.sources', 'indicator.source', 'results.colIndicator', 'indicator.unit', 'unit.index', 'nav.sources', 'progress.month', 'results.colTarget', 'indicator.target', 'nav.data', 'sources.date', 'home.byStatus', 'agencyKind.province', 'agencyKind.commune', 'methodology.licenceTitle', 'results.colTrajectory', 'search.kind.source', 'search.kind.page', 'search.kind.indicator', 'search.statusLabel', 'data.title', 'data.feedsTitle', 'changes.colDate', 'assessment.by', 'results.count', 'gap.places_one', 'gap.places_other']);

describe.each(LOCALES.map((l) => l.code))('UI strings in %s', (code) => {
  const own = strings[code];

  it('has every key English has, and no other', () => {
    expect([...baseKeys(own)].sort()).toEqual([...englishBase].sort());
  });

  it('has exactly the plural forms the language needs', () => {
    const needed = new Intl.PluralRules(code).resolvedOptions().pluralCategories.slice().sort();
    const pluralBases = new Set([...english.keys()].filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, '')));
    for (const base of pluralBases) {
      const forms = [...own.keys()].filter((k) => k.replace(PLURAL, '') === base && PLURAL.test(k)).map((k) => k.match(PLURAL)![1]).sort();
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
    const same = [...own].filter(([key, text]) => english.get(key) === text && !SAME_AS_ENGLISH.has(key) && text.length > 3).map(([key]) => key);
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
