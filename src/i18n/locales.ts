/**
 * The portal's languages, as the interface needs them: the codes come from the data contract's one
 * list (LOCALE_CODES), which astro.config, routing, the language switcher, search, the string files
 * and the tests all read. Vietnamese first: it is the portal's main language and the data's
 * required one.
 */
import { LOCALE_CODES, type LocaleCode } from '../domain/schema/primitives.ts';

export interface Locale {
  code: LocaleCode;
  /** The language's name in itself, as the switcher shows it. */
  label: string;
  /** BCP 47 tag for Intl (dates, numbers) and hreflang. */
  intl: string;
  dir: 'ltr' | 'rtl';
}

/** A Record over the one list of codes (src/domain/schema/primitives.ts): a locale left out fails type-checking. */
const LOCALE_DETAILS: Record<LocaleCode, Omit<Locale, 'code'>> = {
  vi: { label: 'Tiếng Việt', intl: 'vi-VN', dir: 'ltr' },
  en: { label: 'English', intl: 'en-GB', dir: 'ltr' },
  fr: { label: 'Français', intl: 'fr-FR', dir: 'ltr' },
  ru: { label: 'Русский', intl: 'ru-RU', dir: 'ltr' },
  uk: { label: 'Українська', intl: 'uk-UA', dir: 'ltr' },
  nl: { label: 'Nederlands', intl: 'nl-NL', dir: 'ltr' },
  id: { label: 'Bahasa Indonesia', intl: 'id-ID', dir: 'ltr' },
};

export const LOCALES: readonly Locale[] = LOCALE_CODES.map((code) => ({ code, ...LOCALE_DETAILS[code] }));

export const DEFAULT_LOCALE: LocaleCode = 'vi';

/** When a record lacks the reader's language: Vietnamese (the original), then English. */
export const CONTENT_FALLBACK: readonly LocaleCode[] = ['vi', 'en'];

export function getLocale(code: string): Locale {
  const locale = LOCALES.find((l) => l.code === code);
  if (!locale) throw new Error(`Unknown locale "${code}"; expected one of ${LOCALE_CODES.join(', ')}`);
  return locale;
}

export function isLocaleCode(code: string): code is LocaleCode {
  return (LOCALE_CODES as readonly string[]).includes(code);
}

export { LOCALE_CODES, type LocaleCode };
