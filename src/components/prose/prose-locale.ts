/**
 * The page's language, for components an editor places in MDX: they get only the props the editor
 * wrote, so they read the language from the route (/[lang]/…) like the page around them.
 */
import { isLocaleCode, type LocaleCode } from '../../i18n/locales.ts';

export function proseLocale(params: Record<string, string | undefined>): LocaleCode {
  const lang = params['lang'];
  if (lang === undefined || !isLocaleCode(lang))
    throw new Error(`A page component was used outside a page with a language (found lang=${String(lang)}).`);
  return lang;
}
