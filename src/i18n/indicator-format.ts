/**
 * Indicator values written with their unit in the reader's language: "14,02% GDP" in Vietnamese,
 * "14.02% of GDP" in English, "hạng 71" for a rank. Percent signs and spacing come from Intl, so
 * French gets its space before "%" without a string per language.
 */
import type { Indicator, IndicatorTarget } from '../domain/schema/index.ts';
import { formatNumber } from './format.ts';
import { useTranslations } from './i18n.ts';
import { getLocale, type LocaleCode } from './locales.ts';

function percent(value: number, locale: LocaleCode): string {
  return new Intl.NumberFormat(getLocale(locale).intl, { style: 'percent', maximumFractionDigits: 2 }).format(value / 100);
}

/** @example formatInUnit(14.02, 'percent-of-gdp', 'vi') // '14,02% GDP' */
export function formatInUnit(value: number, unit: Indicator['unit'], locale: LocaleCode): string {
  const t = useTranslations(locale);
  switch (unit) {
    case 'percent':
      return percent(value, locale);
    case 'percent-of-gdp':
      return `${percent(value, locale)} ${t('gap.ofGdp')}`;
    case 'percent-per-year':
      return `${percent(value, locale)} ${t('gap.perYear')}`;
    case 'rank':
      return t('gap.rank', { value: formatNumber(value, locale) });
    case 'per-10000-people':
      return t('gap.per10000', { value: formatNumber(value, locale) });
    default:
      return formatNumber(value, locale);
  }
}

const SIGN: Record<NonNullable<IndicatorTarget['comparator']>, string> = {
  '>=': '≥',
  '>': '>',
  '<=': '≤',
  '<': '<',
  between: '',
  'maintain-above': '≥',
};

/** The target's threshold in symbols, e.g. "≥ 30% of GDP", "8–10%"; null for a target in words. */
export function formatThreshold(target: IndicatorTarget, unit: Indicator['unit'], locale: LocaleCode): string | null {
  if (target.value === undefined) return null;
  if (target.comparator === 'between' && target.valueMax !== undefined) {
    // "8–10%": the lower bound as a bare number, the upper one with its unit.
    return `${formatNumber(target.value, locale)}–${formatInUnit(target.valueMax, unit, locale)}`;
  }
  const sign = target.comparator === undefined ? '' : `${SIGN[target.comparator]} `;
  return `${sign}${formatInUnit(target.value, unit, locale)}`;
}
