/** Pick a record's text in the reader's language, or fall back and say so. */
import type { LocalizedText } from '../domain/schema/index.ts';
import { CONTENT_FALLBACK, type LocaleCode } from './locales.ts';
import { frenchSpacing } from './french-spacing.ts';

export interface PickedText {
  text: string;
  /** The language the text is really in; differs from the page's when it fell back. */
  lang: LocaleCode;
  fallback: boolean;
}

/**
 * @example pickText({ vi: 'Nghị quyết' }, 'fr') // { text: 'Nghị quyết', lang: 'vi', fallback: true }
 */
export function pickText(text: LocalizedText, locale: LocaleCode): PickedText {
  const picked = pickStored(text, locale);
  return picked.lang === 'fr' ? { ...picked, text: frenchSpacing(picked.text) } : picked;
}

function pickStored(text: LocalizedText, locale: LocaleCode): PickedText {
  const own = text[locale];
  if (own !== undefined) return { text: own, lang: locale, fallback: false };
  // Readers of a non-Vietnamese page are better served by English than by Vietnamese.
  const order = locale === 'vi' ? CONTENT_FALLBACK : ([...CONTENT_FALLBACK].reverse() as LocaleCode[]);
  for (const lang of order) {
    const value = text[lang];
    if (value !== undefined) return { text: value, lang, fallback: true };
  }
  return { text: text.vi, lang: 'vi', fallback: true };
}

/** Just the string, for places where a fallback note cannot be shown (titles, feeds, CSV). */
export function textIn(text: LocalizedText, locale: LocaleCode): string {
  return pickText(text, locale).text;
}

/** A figure's period in the reader's language: as is when it has no words, else by language. */
export function periodIn(period: string | LocalizedText, locale: LocaleCode): string {
  return typeof period === 'string' ? period : textIn(period, locale);
}
