/** A revised value as a reader reads it: text in their language, dates and numbers in their format. */
import type { LocalizedText } from '../domain/schema/index.ts';
import { formatDate, formatNumber } from './format.ts';
import type { LocaleCode } from './locales.ts';
import { textIn } from './localized.ts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function revisionValueText(value: unknown, locale: LocaleCode, none: string): string {
  if (value === null || value === undefined) return none;
  if (typeof value === 'number') return formatNumber(value, locale);
  if (typeof value === 'string') return ISO_DATE.test(value) ? formatDate(value, locale) : value;
  if (typeof value === 'object' && !Array.isArray(value) && typeof (value as { vi?: unknown }).vi === 'string')
    return textIn(value as LocalizedText, locale);
  return JSON.stringify(value);
}
