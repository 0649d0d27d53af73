/**
 * One private i18next instance, created at build time. It is never shipped to the browser:
 * client scripts receive the strings they need through data-* attributes.
 */
import { createInstance, type Resource, type TFunction } from 'i18next';
import type { LocaleCode } from './locales.ts';
import { resources, type UiStrings } from './resources/index.ts';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: UiStrings };
  }
}

const instance = createInstance();
void instance.init({
  resources: Object.fromEntries(Object.entries(resources).map(([code, strings]) => [code, { translation: strings }])) as Resource,
  lng: 'vi',
  // No silent English in another language: a missing key shows as the key and fails the tests.
  fallbackLng: false,
  initAsync: false,
  returnNull: false,
  // Astro escapes every expression it renders; escaping here too would show "&amp;".
  interpolation: { escapeValue: false },
});

/** The translation function of one locale. */
export function useTranslations(locale: LocaleCode): TFunction {
  return instance.getFixedT(locale);
}
