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

const memoized = new Map<LocaleCode, TFunction>();

/**
 * The translation function of one locale. Results are remembered per key and options: a national
 * build asks for the same few hundred strings millions of times, and i18next's lookup and
 * interpolation were a fifth of all rendering time.
 */
export function useTranslations(locale: LocaleCode): TFunction {
  let t = memoized.get(locale);
  if (!t) {
    const fixed = instance.getFixedT(locale) as unknown as (...args: unknown[]) => unknown;
    const results = new Map<string, unknown>();
    const remembering = (key: unknown, options?: unknown, ...rest: unknown[]) => {
      if (typeof key !== 'string' || rest.length > 0 || (options !== undefined && (typeof options !== 'object' || options === null))) {
        return fixed(key, options, ...rest);
      }
      const id = options === undefined ? key : `${key}\u0000${JSON.stringify(options)}`;
      if (!results.has(id)) results.set(id, fixed(key, options));
      return results.get(id);
    };
    t = remembering as unknown as TFunction;
    memoized.set(locale, t);
  }
  return t;
}
