/**
 * A counted string in every plural form the language has, with "{{count}}" left in, so a client
 * script can pick the form with the browser's Intl.PluralRules without shipping i18next.
 */
import type { TFunction } from 'i18next';
import { formatNumber } from './format.ts';
import { getLocale, type LocaleCode } from './locales.ts';

/**
 * `prefix` names the attributes (several counted strings on one element); `values` fills other
 * placeholders, e.g. { shown: '{{shown}}' } to leave one in for the script.
 * @example pluralTemplates(t, 'search.results', 'ru') // { 'data-plural-one': '{{count}} результат', 'data-plural-few': …, … }
 */
export function pluralTemplates(
  t: TFunction,
  key: string,
  locale: LocaleCode,
  prefix = 'plural',
  values: Record<string, string> = {},
): Record<string, string> {
  const rules = new Intl.PluralRules(getLocale(locale).intl);
  const out: Record<string, string> = {};
  for (const category of rules.resolvedOptions().pluralCategories) {
    // The smallest whole count in this category; 'many' in French is a million.
    const sample = [0, 1, 2, 3, 5, 11, 21, 22, 25, 101, 1_000_000].find((n) => rules.select(n) === category) ?? 1.5;
    const text = (t as unknown as (k: string, o: object) => string)(key, { ...values, count: sample });
    // Counts are written through Intl ("1 000 000" in French), so look for the sample as written.
    out[`data-${prefix}-${category}`] = text.replace(formatNumber(sample, locale), '{{count}}');
  }
  return out;
}
