/** Dates and numbers through Intl, in the reader's locale. */
import { getLocale, type LocaleCode } from './locales.ts';

const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function dateFormat(locale: LocaleCode, style: 'long' | 'short'): Intl.DateTimeFormat {
  const key = `${locale}:${style}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(getLocale(locale).intl, { dateStyle: style === 'long' ? 'long' : 'medium', timeZone: 'UTC' });
    dateFormats.set(key, format);
  }
  return format;
}

// The same few thousand dates are formatted again on many pages: remember each.
const formattedDates = new Map<string, string>();

/**
 * Vietnamese state documents write "ngày 13 tháng 3 năm 2026"; Intl's long vi-VN form is
 * "13 tháng 3, 2026". The day, month and year still come from Intl (formatToParts), only the
 * words around them are the official ones.
 */
function vietnameseOfficialDate(date: Date): string {
  const parts = new Intl.DateTimeFormat('vi-VN', { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'UTC' }).formatToParts(
    date,
  );
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)!.value;
  return `ngày ${part('day')} tháng ${part('month')} năm ${part('year')}`;
}

/** @example formatDate('2026-03-31', 'en') // '31 March 2026'; formatDate('2026-03-13', 'vi') // 'ngày 13 tháng 3 năm 2026' */
export function formatDate(isoDate: string, locale: LocaleCode, style: 'long' | 'short' = 'long'): string {
  const key = `${locale}:${style}:${isoDate}`;
  let text = formattedDates.get(key);
  if (text === undefined) {
    const date = new Date(`${isoDate}T00:00:00Z`);
    text = locale === 'vi' && style === 'long' ? vietnameseOfficialDate(date) : dateFormat(locale, style).format(date);
    // French writes the first of the month as an ordinal: "1er décembre 2026", never "1 décembre".
    if (locale === 'fr' && style === 'long' && date.getUTCDate() === 1) text = text.replace(/^1(?=\s)/, '1er');
    formattedDates.set(key, text);
  }
  return text;
}

/** "March 2026" for a YYYY-MM month. */
export function formatMonth(month: string, locale: LocaleCode): string {
  return new Intl.DateTimeFormat(getLocale(locale).intl, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${month}-01T00:00:00Z`),
  );
}

/** A month as its short name and its year apart, for two-line chart labels. @example formatMonthParts('2026-03', 'en') // { month: 'Mar', year: '2026' } */
export function formatMonthParts(month: string, locale: LocaleCode, style: 'short' | 'numeric' = 'short'): { month: string; year: string } {
  const date = new Date(`${month}-01T00:00:00Z`);
  const intl = getLocale(locale).intl;
  return {
    month: new Intl.DateTimeFormat(intl, { month: style, timeZone: 'UTC' }).format(date),
    year: new Intl.DateTimeFormat(intl, { year: 'numeric', timeZone: 'UTC' }).format(date),
  };
}

/** @example formatNumber(14.02, 'vi') // '14,02' */
export function formatNumber(value: number, locale: LocaleCode, maximumFractionDigits = 2): string {
  const key = `${locale}:${maximumFractionDigits}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(getLocale(locale).intl, { maximumFractionDigits });
    numberFormats.set(key, format);
  }
  return format.format(value);
}

/** A share 0–1 as a percentage, e.g. 0.5 → "50 %" in French, "50%" in English. */
export function formatPercent(share: number, locale: LocaleCode): string {
  return new Intl.NumberFormat(getLocale(locale).intl, { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** @example formatList(['A', 'B', 'C'], 'en') // 'A, B and C' */
export function formatList(items: readonly string[], locale: LocaleCode): string {
  return new Intl.ListFormat(getLocale(locale).intl, { style: 'long', type: 'conjunction' }).format(items);
}

/**
 * A file's size in binary units, the number through Intl (one decimal from KiB up) and the unit
 * word from the locale's strings: `unit` is 'B', 'KiB' or 'MiB'.
 * @example fileSize(7_444_889, 'fr') // { n: '7,1', unit: 'MiB' }
 */
export function fileSize(bytes: number, locale: LocaleCode): { n: string; unit: 'B' | 'KiB' | 'MiB' } {
  if (bytes < 1024) return { n: formatNumber(bytes, locale, 0), unit: 'B' };
  if (bytes < 1024 * 1024) return { n: formatNumber(Math.round((bytes / 1024) * 10) / 10, locale, 1), unit: 'KiB' };
  return { n: formatNumber(Math.round((bytes / 1048576) * 10) / 10, locale, 1), unit: 'MiB' };
}
